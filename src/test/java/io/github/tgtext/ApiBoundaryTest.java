package io.github.tgtext;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import org.junit.jupiter.api.Test;

/** The public API holds no ANTLR type: ANTLR is an implementation detail of the internal packages. */
class ApiBoundaryTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.tgtext");

    @Test
    void noPublicOrProtectedSignatureOfTheApiMentionsAntlr() {
        classes().that().resideInAPackage("io.github.tgtext")
                .should(new ArchCondition<JavaClass>("mention no org.antlr type in a public or protected signature") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (!type.getModifiers().contains(JavaModifier.PUBLIC)) {
                            return;
                        }
                        type.getAllRawSuperclasses().forEach(s -> report(type, s.getName(), type.getName(), events));
                        type.getAllRawInterfaces().forEach(s -> report(type, s.getName(), type.getName(), events));
                        for (JavaMember member : type.getMembers()) {
                            boolean visible = member.getModifiers().contains(JavaModifier.PUBLIC)
                                    || member.getModifiers().contains(JavaModifier.PROTECTED);
                            if (visible) {
                                signatureTypes(member).forEach(name -> report(type, name, member.getFullName(), events));
                            }
                        }
                    }
                })
                .check(MAIN);
    }

    @Test
    void onlyInternalPackagesUseAntlr() {
        noClasses().that().resideOutsideOfPackage("io.github.tgtext.internal..")
                .should().dependOnClassesThat().resideInAPackage("org.antlr..")
                .check(MAIN);
    }

    private static java.util.stream.Stream<String> signatureTypes(JavaMember member) {
        java.util.stream.Stream.Builder<String> names = java.util.stream.Stream.builder();
        if (member instanceof com.tngtech.archunit.core.domain.JavaCodeUnit unit) {
            unit.getRawParameterTypes().forEach(t -> names.add(t.getName()));
            names.add(unit.getRawReturnType().getName());
            unit.getThrowsClause().getTypes().forEach(t -> names.add(t.getName()));
            unit.getParameterTypes().forEach(t -> t.getAllInvolvedRawTypes().forEach(r -> names.add(r.getName())));
            unit.getReturnType().getAllInvolvedRawTypes().forEach(r -> names.add(r.getName()));
        } else if (member instanceof com.tngtech.archunit.core.domain.JavaField field) {
            field.getType().getAllInvolvedRawTypes().forEach(r -> names.add(r.getName()));
        }
        return names.build().distinct();
    }

    private static void report(JavaClass type, String typeName, String where, ConditionEvents events) {
        if (typeName.startsWith("org.antlr")) {
            events.add(SimpleConditionEvent.violated(type, where + " mentions " + typeName));
        }
    }
}
