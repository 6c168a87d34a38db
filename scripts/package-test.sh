#!/usr/bin/env bash
# Builds the .deb and tests it the way a user gets it: builds the release
# preset, runs `cpack -G DEB`, installs the package with apt-get, checks the
# installed files (desktop entry, AppStream, man page, bash completion),
# runs the installed `upstreamlab --version`, the demo lab through its proxy
# and the GUI offscreen, then removes the package and checks nothing of it is
# left. Ends with "N passed, N failed"; exits 1 if any check failed.
#   Usage: scripts/package-test.sh   (as root or with sudo: it installs and removes a package)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi

# Tools the checks need, installed only when missing (as scripts/setup.sh does).
tools=(desktop-file-utils appstream dpkg-dev curl bash-completion man-db)
missing=()
for p in "${tools[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    echo "package-test: installing ${missing[*]}"
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok    $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL  $1${2:+: $2}"; }
# check NAME COMMAND...: one check, passed when COMMAND succeeds.
check() {
    local name=$1
    shift
    if "$@"; then pass "$name"; else fail "$name"; fi
}
finish() {
    echo "$passed passed, $failed failed"
    if ((failed)); then exit 1; fi
    exit 0
}

work=$(mktemp -d)
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

version=$(sed -nE 's/^ *VERSION ([0-9][0-9.]*)$/\1/p' CMakeLists.txt | head -1)
# The subcommands main.cpp accepts: the contract the completion must list.
main_commands=$(grep -oE 'first == u"[a-z-]+"' app/main.cpp | sed -E 's/.*"(.*)"/\1/' \
    | grep -vxE 'help|-h|--help|-v|--version' | sort -u)

echo "package-test: building the release preset"
if ! scripts/setup.sh release >"$work/build.log" 2>&1; then
    tail -30 "$work/build.log"
    fail "the release preset builds"
    finish
fi
pass "the release preset builds"
# The desktop id names the installed .desktop, metainfo and icon files.
app_id=$(sed -nE 's/^UPSTREAMLAB_APP_ID:STRING=(.*)/\1/p' build/release/CMakeCache.txt)

echo "package-test: cpack -G DEB"
rm -f build/release/upstreamlab_*.deb
if ! (cd build/release && cpack -G DEB >"$work/cpack.log" 2>&1); then
    tail -30 "$work/cpack.log"
    fail "cpack -G DEB builds a package"
    finish
fi
debs=(build/release/upstreamlab_*.deb)
deb=$root/${debs[0]}
pass "cpack -G DEB builds $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# The package as built.
depends=$(dpkg-deb -f "$deb" Depends)
echo "        Depends: $depends"
check "Depends come from the binary (dpkg-shlibdeps: libqt6core6, libqt6widgets6, libc6)" \
    bash -c '[[ $1 == *libqt6core6* && $1 == *libqt6widgets6* && $1 == *libc6* && $1 == *libqt6svg6* ]]' _ "$depends"
check "the package's version is the project's ($version)" test "$(dpkg-deb -f "$deb" Version)" = "$version"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
expected=(/usr/bin/upstreamlab
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/upstreamlab.1.gz
    /usr/share/bash-completion/completions/upstreamlab
    /usr/share/doc/upstreamlab/LICENSE
    /usr/share/doc/upstreamlab/Qt-NOTICE.txt
    /usr/share/doc/upstreamlab/LGPL-3.0.txt
    /usr/share/doc/upstreamlab/copyright)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
absent=()
for f in "${expected[@]}"; do grep -qxF "$f" "$work/contents" || absent+=("$f"); done
if ((${#absent[@]} == 0)); then pass "the package holds the binary, desktop entry, metainfo, 10 icons, man page, completion, licences"
else fail "the package holds every expected file" "missing ${absent[*]}"; fi

# Install it (a leftover from an interrupted run goes first).
if dpkg-query -W upstreamlab >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get remove --purge -y -qq upstreamlab >/dev/null
fi
echo "package-test: apt-get install $deb"
if ! DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "$deb" >"$work/install.log" 2>&1; then
    tail -30 "$work/install.log"
    fail "apt-get install ./$(basename "$deb")"
    finish
fi
pass "apt-get install ./$(basename "$deb")"
dpkg -L upstreamlab >"$work/files"

check "upstreamlab is installed as /usr/bin/upstreamlab" test "$(command -v upstreamlab)" = /usr/bin/upstreamlab
out=$(upstreamlab --version 2>&1 || true)
if [[ $out == "upstreamlab $version" ]]; then pass "upstreamlab --version says \"$out\""
else fail "upstreamlab --version" "got \"$out\""; fi

# Desktop integration, validated where it is installed.
check "desktop-file-validate passes" desktop-file-validate "/usr/share/applications/$app_id.desktop"
check "appstreamcli validate --no-net passes" appstreamcli validate --no-net --no-color \
    "/usr/share/metainfo/$app_id.metainfo.xml"
check "the metainfo has a screenshot and the release $version" bash -c \
    'grep -q "<screenshot " "$1" && grep -q "<release version=\"$2\"" "$1"' _ \
    "/usr/share/metainfo/$app_id.metainfo.xml" "$version"
# Minimal container images may tell dpkg not to install man pages.
if grep -rqsE '^path-exclude[= ]*/usr/share/man' /etc/dpkg/dpkg.cfg /etc/dpkg/dpkg.cfg.d/; then
    echo "  skip  the installed man page: dpkg excludes /usr/share/man on this system"
else
    check "man finds and renders upstreamlab(1)" bash -c \
        'test "$(man -w upstreamlab)" = /usr/share/man/man1/upstreamlab.1.gz && MANWIDTH=80 man upstreamlab 2>/dev/null | grep -q "upstreamlab - a local HTTP load-balancing lab"'
    check "lexgrog reads the man page's NAME" lexgrog /usr/share/man/man1/upstreamlab.1.gz
    check "the man page is the one of version $version" bash -c \
        'zcat /usr/share/man/man1/upstreamlab.1.gz | grep -q "^\.TH UPSTREAMLAB 1 .* \"Upstream Lab $1\""' _ "$version"
fi
if command -v mandoc >/dev/null; then
    check "mandoc -Tlint passes" mandoc -Tlint packaging/linux/upstreamlab.1
fi

# Bash completion, loaded the way bash-completion loads it on demand.
complete_words() {
    (cd "$work" && bash -c '
        source /usr/share/bash-completion/bash_completion
        __load_completion upstreamlab || exit 1
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        COMPREPLY=()
        _upstreamlab upstreamlab "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
        printf "%s\n" "${COMPREPLY[@]}" | sort -u' _ "$@")
}
got=$(complete_words upstreamlab "")
if [[ $got == "$main_commands" ]]; then pass "bash completion lists exactly main.cpp's subcommands ($(echo $got))"
else fail "bash completion lists exactly main.cpp's subcommands" "got $(echo $got), main.cpp: $(echo $main_commands)"; fi
for cmd in $main_commands; do
    # The options the installed binary's help lists (lines "  -x, --long <ARG>   text").
    from_help=$(upstreamlab "$cmd" --help 2>&1 | grep -E '^  -' | awk -F '  +' '{print $2}' \
        | grep -oE -- '(^|[ ,])--?[A-Za-z][A-Za-z-]*' | tr -d ' ,' | sort -u)
    from_completion=$(complete_words upstreamlab "$cmd" "-")
    if [[ -n $from_help && $from_help == "$from_completion" ]]; then pass "bash completion of '$cmd' lists its $(echo "$from_help" | wc -l) options"
    else fail "bash completion of '$cmd' lists its options" "--help: $(echo $from_help); completion: $(echo $from_completion)"; fi
done

# The demo lab from the installed binary, answering through its proxy.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_for_answer() { # URL, seconds: prints the first 200 response (or the last answer) in full
    local i answer=""
    for ((i = 0; i < $2 * 5; i++)); do
        answer=$(curl -si --max-time 2 "$1" 2>/dev/null) || answer=""
        if [[ $answer == "HTTP/1.1 200 "* ]]; then
            echo "$answer"
            return 0
        fi
        sleep 0.2
    done
    echo "$answer"
    return 1
}
stop() { # pid: SIGTERM, then wait (bounded) for it to go
    local i
    kill "$1" 2>/dev/null || return 0
    for ((i = 0; i < 50; i++)); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
if port_busy 8080; then
    fail "upstreamlab run --example demo answers through its proxy" "127.0.0.1:8080 is already taken"
else
    upstreamlab run --example demo >"$work/run.log" 2>&1 &
    run_pid=$!
    pids+=("$run_pid")
    if answer=$(wait_for_answer http://127.0.0.1:8080/package-test 15) && grep -q '^HTTP/1.1 200' <<<"$answer" \
        && upstream=$(grep -i '^X-Upstream-Name:' <<<"$answer" | tr -d '\r' | cut -d' ' -f2) \
        && [[ $upstream =~ ^(alpha|beta|gamma)$ ]] && grep -q "\"backend\":\"$upstream\"" <<<"$answer"; then
        pass "upstreamlab run --example demo answers through its proxy (200 from $upstream)"
    else
        fail "upstreamlab run --example demo answers through its proxy" "${answer:-no answer}; $(tail -5 "$work/run.log")"
    fi
    stop "$run_pid"
    check "the demo lab logged the request" grep -qE '"GET /package-test" 200 (alpha|beta|gamma)' "$work/run.log"
fi

# The installed GUI, offscreen, up for 2 s (it runs the demo lab too).
for ((i = 0; i < 50; i++)); do port_busy 8080 || break; sleep 0.1; done
mkdir -p "$work/config"
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" upstreamlab >"$work/gui.log" 2>&1 &
gui_pid=$!
pids+=("$gui_pid")
sleep 2
if kill -0 "$gui_pid" 2>/dev/null; then
    pass "the installed GUI starts offscreen and is still up after 2 s"
    if answer=$(wait_for_answer http://127.0.0.1:8080/ 10); then
        pass "the GUI's demo lab answers through its proxy"
    else
        fail "the GUI's demo lab answers through its proxy" "${answer:-no answer}; $(tail -5 "$work/gui.log")"
    fi
    stop "$gui_pid"
else
    wait "$gui_pid" && status=0 || status=$?
    fail "the installed GUI starts offscreen" "exited with $status: $(tail -5 "$work/gui.log")"
fi

# Remove it: nothing of the package may be left.
echo "package-test: apt-get remove --purge upstreamlab"
check "apt-get remove --purge upstreamlab" bash -c \
    'DEBIAN_FRONTEND=noninteractive "$@" apt-get remove --purge -y -qq upstreamlab >/dev/null' _ "${sudo_cmd[@]}"
check "dpkg -L upstreamlab fails after removal" bash -c '! dpkg -L upstreamlab >/dev/null 2>&1'
left=()
while read -r f; do
    [[ -z $f || -d $f ]] && continue # shared directories (/usr/bin) stay
    if [[ -e $f || -L $f ]]; then left+=("$f"); fi
done <"$work/files"
for d in /usr/share/doc/upstreamlab; do [[ -e $d ]] && left+=("$d"); done
if ((${#left[@]} == 0)); then pass "none of the package's $(grep -c . "$work/files") paths is left"
else fail "nothing of the package is left" "${left[*]}"; fi
check "upstreamlab is no longer on the PATH" bash -c '! command -v upstreamlab >/dev/null'

finish
