#!/usr/bin/env bash
# The Spark data source at scale (docs/performance.md, "Spark"): reads a folder of generated
# exports (four of --size MB each, 2 GB by default) with Spark in local[1] and local[2], and the
# command-line tool on the same folder, and prints a Markdown table of wall times, posts per
# second and the speed-up of local[2] over local[1]; the same table goes to
# target/bench-spark.md.
#
# Usage: bench/spark.sh [--size MB] [--rounds N] [--no-build] [--list]
#
#   --size MB     the size of each of the four generated exports (generated-spaced,
#                 generated-compact, corpus-spaced, corpus-compact; default 500: 2 GB in all)
#   --rounds N    rounds (default 1); each round runs every command once, in turn
#   --no-build    use the jars and classes as they are
#   --list        print the commands of a round and stop
#
# Each Spark command is `SparkBench MASTER QUERY FOLDER` (spark/src/test/java/.../bench) in a JVM
# of its own, with the default maxPartitionBytes (128 MB: each export is split into ranges):
#   count    df.count(): every post parsed, no column made
#   sources  forwarded posts per source (two columns; the text is not built)
#   rows     every column of every post into Spark's noop sink (indexes included, so the split
#            files' posts are counted first: PostCounts)
# The tool: `tgtext stats --threads 1` and `--threads 2`, `tgtext parse --format jsonl --threads 2`.
# Times are wall-clock, JVM and Spark start included; the query's own time is in the log.
set -euo pipefail
cd "$(dirname "$0")/.."
size=500 rounds=1 build=1 list=0
while (($#)); do
    case $1 in
        --size) size=${2:?}; shift 2 ;;
        --rounds) rounds=${2:?}; shift 2 ;;
        --no-build) build=0; shift ;;
        --list) list=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
        *) echo "bench/spark.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[[ $size =~ ^[1-9][0-9]*$ && $rounds =~ ^[1-9][0-9]*$ ]] || { echo "bench/spark.sh: --size and --rounds take numbers" >&2; exit 2; }

names=(generated-spaced generated-compact corpus-spaced corpus-compact)
folder=target/bench-spark/exports-$size
log=target/bench-spark/runs.log
cp_file=spark/target/bench.classpath
# What Spark's launcher passes on Java 17 (as spark/pom.xml gives the tests).
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
 --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
 -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
heap=-Xmx8g

labels=() commands=()
add() { labels+=("$1"); commands+=("$2"); }
for master in 'local[1]' 'local[2]'; do
    for query in count sources rows; do
        add "spark $master $query" "SPARK_LOCAL_IP=127.0.0.1 java $heap $(echo $opens) -cp spark/target/classes:spark/target/test-classes:\$(cat $cp_file) io.github.tgtext.spark.bench.SparkBench '$master' $query $folder"
    done
done
add "tgtext stats --threads 1" "java $heap -jar target/tgtext-cli.jar stats --threads 1 $folder"
add "tgtext stats --threads 2" "java $heap -jar target/tgtext-cli.jar stats --threads 2 $folder"
add "tgtext parse --format jsonl --threads 2" "java $heap -jar target/tgtext-cli.jar parse --format jsonl --threads 2 $folder"
if ((list)); then
    printf '%s\n' "${commands[@]}"
    exit 0
fi

mkdir -p target/bench-spark
if ((build)); then
    echo "bench/spark.sh: building the library, its inputs and the data source" >&2
    mvn -B -q -Pbench -Dstyle.color=never verify -Dbench.args="inputs $size ${names[*]}" > target/bench-spark/build.log 2>&1 \
        || { tail -n 40 target/bench-spark/build.log >&2; exit 1; }
    mvn -B -q install -DskipTests >> target/bench-spark/build.log 2>&1
    mvn -B -q -f spark/pom.xml test-compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile=target/bench.classpath >> target/bench-spark/build.log 2>&1 \
        || { tail -n 40 target/bench-spark/build.log >&2; exit 1; }
fi
mkdir -p "$folder"
for name in "${names[@]}"; do
    input=target/bench-inputs/$name-${size}000000.txt
    [[ -f $input ]] || { echo "bench/spark.sh: $input is missing: run without --no-build" >&2; exit 2; }
    ln -f "$input" "$folder/$name.txt"
done
bytes=$(cat "$folder"/*.txt | wc -c)
cat "$folder"/*.txt > /dev/null  # into the page cache, for every command alike

: > "$log"
declare -A times outputs
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((r = 1; r <= rounds; r++)); do
    for ((i = 0; i < ${#commands[@]}; i++)); do
        echo "bench/spark.sh: round $r/$rounds: ${labels[i]}" >&2
        start=$EPOCHREALTIME
        out=$(eval "${commands[i]}" 2>>"$log" | tail -n 1) || { echo "bench/spark.sh: failed: ${commands[i]} (see $log)" >&2; exit 1; }
        end=$EPOCHREALTIME
        times[$i]+="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f ", b - a }')"
        [[ ${labels[i]} == spark* ]] && outputs[$i]+="$out; " && echo "$out" >> "$log"
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# The number of posts, from the first count query's output (its third field).
posts=$(for ((i = 0; i < ${#commands[@]}; i++)); do [[ ${labels[i]} == *count ]] && echo "${outputs[$i]}" | cut -d' ' -f3 && break; done)
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
report=target/bench-spark.md
{
    echo "# Spark data source: $(awk -v b="$bytes" 'BEGIN { printf "%.2f GB", b / 1e9 }') of exports, $posts posts ($(date -u '+%Y-%m-%d %H:%M UTC'))"
    echo
    echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' (with uncommitted changes)')"
    echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM"
    echo "- $(java -version 2>&1 | head -n 1); JVM heap $heap; rounds: $rounds; load average before: $load_before; after: $load_after"
    echo "- inputs: ${names[*]}, $size MB each, in $folder"
    echo
    echo "| command | median s | posts/s | MB/s | runs (s) | query alone (s) |"
    echo "|---|---:|---:|---:|---|---|"
    for ((i = 0; i < ${#commands[@]}; i++)); do
        m=$(median "${times[$i]}")
        query=$(echo "${outputs[$i]:-}" | tr ';' '\n' | awk 'NF >= 4 { printf "%s ", $4 }')
        awk -v l="${labels[i]}" -v m="$m" -v p="$posts" -v b="$bytes" -v runs="${times[$i]% }" -v q="${query:--}" \
            'BEGIN { printf "| `%s` | %.1f | %.0f | %.1f | %s | %s |\n", l, m, p / m, b / 1e6 / m, runs, q }'
    done
    echo
    for query in count sources rows; do
        one= two=
        for ((i = 0; i < ${#commands[@]}; i++)); do
            [[ ${labels[i]} == "spark local[1] $query" ]] && one=$(median "${times[$i]}")
            [[ ${labels[i]} == "spark local[2] $query" ]] && two=$(median "${times[$i]}")
        done
        awk -v q="$query" -v a="$one" -v b="$two" 'BEGIN { printf "- speed-up of local[2] over local[1], %s: %.2f×\n", q, a / b }'
    done
} | tee "$report"
echo "bench/spark.sh: written to $report" >&2
