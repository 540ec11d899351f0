#!/usr/bin/env bash
# End to end: what users run (docs/performance.md). Times, in processes of their own, the
# command-line tool beside the floor (a JVM that only reads the file's lines) and the baseline a
# user could write instead (tools/segment.py), and prints a Markdown table of median wall times;
# the same table goes to target/bench-cli.md.
#
# Usage: bench/cli.sh [options] [FILE...]
#
#   FILE...          the exports to time; without any, generated exports of each layout of
#                    --size MB (made once in target/bench-inputs by `BenchMain inputs`)
#   --rounds N       rounds, at least 3 (default 3): each round runs every command once, in
#                    turn (round-robin), so that a slow phase of the machine touches all alike
#   --threads LIST   pass --threads N to the tool, once per N of the comma-separated LIST
#                    (`--threads 1,2` compares one and two threads in the same rounds); without
#                    it the tool runs with its default
#   --java-opts OPTS extra JVM options for every java command, after those of $JAVA_OPTS
#                    (`--java-opts "-Xmx2g -XX:+UseParallelGC"`)
#   --size MB        the size of the generated exports (default 200)
#   --small FILE     the small export that shows how long a user waits for a small file
#                    (default src/test/resources/corpus/embassy-usa-forwards.txt, 22 KB)
#   --no-build       do not build first: use target/tgtext-cli.jar and target/test-classes as
#                    they are (without FILEs, the generated exports must exist already)
#   --list           print the commands of a round and stop (builds nothing, checks nothing)
#
# Times are wall-clock, from bash's $EPOCHREALTIME around each command; every output goes to
# /dev/null, every error output to target/bench-cli/errors.log. The commands:
#
#   floor        java -cp target/test-classes io.github.tgtext.bench.LineFloor FILE
#   jsonl        java -jar target/tgtext-cli.jar parse --format jsonl FILE > /dev/null
#   json         java -jar target/tgtext-cli.jar parse --format json FILE > /dev/null
#   stats        java -jar target/tgtext-cli.jar stats FILE > /dev/null
#   segment.py   python3 tools/segment.py FILE > /dev/null      ($PYTHON instead of python3)
#
# and floor, jsonl and segment.py once more on the small export. Before the first round every
# input is read once, so that all rounds find it in the page cache.
set -euo pipefail

here=$PWD
cd "$(dirname "$0")/.."
rounds=3 threads="" java_opts="${JAVA_OPTS:-}" size=200 build=1 list=0
small=src/test/resources/corpus/embassy-usa-forwards.txt
python=${PYTHON:-python3}
files=()
usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit "${1:-2}"; }
while (($#)); do
    case $1 in
        --rounds) rounds=${2:?}; shift 2 ;;
        --threads) threads=${2:?}; shift 2 ;;
        --java-opts) java_opts="$java_opts ${2?}"; shift 2 ;;
        --size) size=${2:?}; shift 2 ;;
        --small) small=$(cd "$here" && realpath -m -- "${2:?}"); shift 2 ;;
        --no-build) build=0; shift ;;
        --list) list=1; shift ;;
        -h|--help) usage 0 ;;
        --) shift; for f; do files+=("$(cd "$here" && realpath -m -- "$f")"); done; break ;;
        -*) echo "bench/cli.sh: unknown option $1" >&2; usage ;;
        *) files+=("$(cd "$here" && realpath -m -- "$1")"); shift ;;
    esac
done
[[ $rounds =~ ^[0-9]+$ ]] && ((rounds >= 3)) || { echo "bench/cli.sh: --rounds must be 3 or more" >&2; exit 2; }
[[ $size =~ ^[1-9][0-9]*$ ]] || { echo "bench/cli.sh: --size must be a number of MB" >&2; exit 2; }
[[ -z $threads || $threads =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || { echo "bench/cli.sh: --threads takes N or N,M,..." >&2; exit 2; }

jar=target/tgtext-cli.jar floor_cp=target/test-classes
generated=(generated-spaced generated-compact)
if ((build && !list)); then
    # The bench profile builds the jar and the benchmarks' classes (LineFloor among them), then
    # runs BenchMain, which here only makes the inputs named and prints their paths.
    names=""
    ((${#files[@]})) || names="${generated[*]}"
    echo "bench/cli.sh: building (mvn -Pbench verify -Dbench.args=\"inputs $size $names\")" >&2
    mkdir -p target/bench-cli
    log=target/bench-cli/build.log
    if ! mvn -B -q -Pbench -Dstyle.color=never verify -Dbench.args="inputs $size $names" >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        echo "bench/cli.sh: the build failed (all of its output: $log)" >&2
        exit 1
    fi
    if ((${#files[@]} == 0)); then
        mapfile -t files < <(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^/.*\.txt$')
    fi
elif ((${#files[@]} == 0)); then
    for name in "${generated[@]}"; do files+=("target/bench-inputs/$name-${size}000000.txt"); done
fi
((${#files[@]})) || { echo "bench/cli.sh: no input was made" >&2; exit 2; }
for f in "$jar" "$floor_cp/io/github/tgtext/bench/LineFloor.class"; do
    ((list)) || [[ -e $f ]] || { echo "bench/cli.sh: $f is missing: run without --no-build" >&2; exit 2; }
done
for f in "${files[@]}" "$small"; do
    ((list)) || [[ -r $f && -f $f ]] || { echo "bench/cli.sh: $f: not a readable file" >&2; exit 2; }
done

# The commands, in the order of each round: kind (floor, tool, segment), label, input, command line.
kinds=() labels=() inputs=() commands=()
add() { kinds+=("$1"); labels+=("$2"); inputs+=("$3"); commands+=("$4"); }
read -r -a words <<<"$java_opts" && java_opts="${words[*]:-}"  # one space between options
java="java${java_opts:+ $java_opts}"
thread_options=("")
[[ -n $threads ]] && IFS=, read -r -a thread_options <<<"$threads"
for f in "${files[@]}"; do
    q=$(printf %q "$f")
    add floor "floor (LineFloor)" "$f" "$java -cp $floor_cp io.github.tgtext.bench.LineFloor $q"
    for n in "${thread_options[@]}"; do
        t=${n:+ --threads $n}
        add tool "tgtext parse --format jsonl$t" "$f" "$java -jar $jar parse --format jsonl$t $q"
        add tool "tgtext parse --format json$t" "$f" "$java -jar $jar parse --format json$t $q"
        add tool "tgtext stats$t" "$f" "$java -jar $jar stats$t $q"
    done
    add segment "$python tools/segment.py" "$f" "$python tools/segment.py $q"
done
q=$(printf %q "$small")
add floor "floor (LineFloor)" "$small" "$java -cp $floor_cp io.github.tgtext.bench.LineFloor $q"
add tool "tgtext parse --format jsonl" "$small" "$java -jar $jar parse --format jsonl $q"
add segment "$python tools/segment.py" "$small" "$python tools/segment.py $q"

if ((list)); then
    printf '%s\n' "${commands[@]}"
    exit 0
fi

mkdir -p target/bench-cli
errors=target/bench-cli/errors.log
: >"$errors"
for f in "${files[@]}" "$small"; do cat -- "$f" >/dev/null; done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A times
count=${#commands[@]}
for ((r = 1; r <= rounds; r++)); do
    for ((i = 0; i < count; i++)); do
        echo "bench/cli.sh: round $r/$rounds, $((i + 1))/$count: ${labels[i]} $(basename "${inputs[i]}")" >&2
        start=$EPOCHREALTIME
        if ! eval "${commands[i]}" >/dev/null 2>>"$errors"; then
            echo "bench/cli.sh: failed: ${commands[i]}" >&2
            tail -n 20 "$errors" >&2
            exit 1
        fi
        end=$EPOCHREALTIME
        times[$i]+="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f ", b - a }')"
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A floor_of segment_of medians
for ((i = 0; i < count; i++)); do
    medians[$i]=$(median "${times[$i]}")
    case ${kinds[i]} in
        floor) floor_of[${inputs[i]}]=${medians[$i]} ;;
        segment) segment_of[${inputs[i]}]=${medians[$i]} ;;
    esac
done

report=target/bench-cli.md
{
    echo "# End to end: what users run ($(date -u '+%Y-%m-%d %H:%M UTC'))"
    echo
    echo "- commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
    echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr)"
    echo "- java -version: $(java $java_opts -version 2>&1 | paste -sd ';' | sed 's/;/; /g')"
    echo "- $($python --version 2>&1)"
    echo "- JVM options: ${java_opts:-(none)}; tool threads: ${threads:-default}; rounds: $rounds (round-robin)"
    echo "- load average (1, 5, 15 min) before: $load_before; after: $load_after"
    echo
    echo "| command | input | MB | median s | MB/s | × floor | × segment.py | runs (s) |"
    echo "|---|---|---:|---:|---:|---:|---:|---|"
    for ((i = 0; i < count; i++)); do
        f=${inputs[i]}
        awk -v label="${labels[i]}" -v input="$(basename "$f")" -v bytes="$(stat -c %s "$f")" -v m="${medians[$i]}" \
            -v floor="${floor_of[$f]}" -v seg="${segment_of[$f]}" -v runs="${times[$i]% }" 'BEGIN {
                mb = bytes / 1e6
                printf "| `%s` | %s | %s | %.2f | %s | %.2f× | %.2f× | %s |\n", label, input,
                    (mb < 1 ? sprintf("%.3f", mb) : sprintf("%.1f", mb)), m,
                    (m <= 0 ? "-" : mb / m < 10 ? sprintf("%.2f", mb / m) : sprintf("%.1f", mb / m)), m / floor, m / seg, runs
            }'
    done
    echo
    echo "Wall time of each command in a process of its own, JVM start included; MB = 10^6 bytes."
    echo "× floor and × segment.py: the median over that of the floor or of tools/segment.py on the same input."
} | tee "$report"
echo "bench/cli.sh: written to $report" >&2
