#!/usr/bin/env bash
# Build the libFuzzer targets of fuzz/ with clang, AddressSanitizer and UndefinedBehaviorSanitizer in
# build/fuzz, and run each for a bounded time over its seed corpus (docs/reliability.md):
#
#   scripts/fuzz.sh [SECONDS [TARGET…]]      default: 60 s for each of workordercsv rulesetjson
#
# Inputs that found new coverage go to build/fuzz/corpus/TARGET (fuzz/corpus stays the hand-made seeds),
# findings to build/fuzz/findings/TARGET/ (crash-…, leak-…, timeout-…, oom-…); a finding fails the script.
# Once fixed, keep a finding's input in fuzz/regressions/TARGET/: the normal test build replays it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

# Debian 12's clang 14 and 16 report __cpp_concepts 201907L, which hides std::expected in libstdc++ 12's
# <expected>; clang 19 (also in bookworm) reports 202002L. libFuzzer is in its compiler-rt package.
PROPDESK_FUZZ_CLANG=19
PROPDESK_PACKAGES+=("clang-$PROPDESK_FUZZ_CLANG" "libclang-rt-$PROPDESK_FUZZ_CLANG-dev")
propdesk_install_packages

seconds="${1:-60}"
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(workordercsv rulesetjson)
fi
build="$PROPDESK_ROOT/build/fuzz"
# Every library is built with coverage for the fuzzer and with the sanitizers' checks, not only the targets.
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S "$PROPDESK_ROOT" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER="clang-$PROPDESK_FUZZ_CLANG" -DCMAKE_CXX_COMPILER="clang++-$PROPDESK_FUZZ_CLANG" \
    -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DPROPDESK_FUZZ=ON -DPROPDESK_BUILD_TESTS=OFF -DPROPDESK_BUILD_BENCH=OFF -DPROPDESK_WERROR=OFF
cmake --build "$build" --target "${targets[@]/#/propdesk_fuzz_}"

status=0
for target in "${targets[@]}"; do
    corpus=("$build/corpus/$target" "$PROPDESK_ROOT/fuzz/corpus/$target")
    if [[ -d "$PROPDESK_ROOT/fuzz/regressions/$target" ]]; then
        corpus+=("$PROPDESK_ROOT/fuzz/regressions/$target")
    fi
    mkdir -p "$build/corpus/$target" "$build/findings/$target"
    echo "fuzz: $target for $seconds s"
    if ! "$build/fuzz/propdesk_fuzz_$target" "${corpus[@]}" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=8192 -dict="$PROPDESK_ROOT/fuzz/$target.dict" \
        -artifact_prefix="$build/findings/$target/" -print_final_stats=1 2>&1 | tee "$build/$target.log"; then
        echo "fuzz: $target found a problem: see $build/findings/$target/ and $build/$target.log" >&2
        status=1
    fi
    runs="$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$build/$target.log" | tail -n 1 || true)"
    coverage="$(grep -aoE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$build/$target.log" | tail -n 1 || true)"
    echo "fuzz: $target: ${runs:-stopped early}s; $coverage"
done
exit "$status"
