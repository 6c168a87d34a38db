# One INTERFACE target carries the warnings and Qt defines every target uses
# (the qBittorrent "qbt_common_cfg" pattern; only defines Qt 6.4 understands).
add_library(upstreamlab_config INTERFACE)
target_compile_features(upstreamlab_config INTERFACE cxx_std_20)
target_compile_definitions(upstreamlab_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    UPSTREAMLAB_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(upstreamlab_config INTERFACE /W4 /permissive-)
else()
    target_compile_options(upstreamlab_config INTERFACE -Wall -Wextra -Wpedantic)
endif()
if(UPSTREAMLAB_WERROR)
    target_compile_options(upstreamlab_config INTERFACE $<IF:$<CXX_COMPILER_ID:MSVC>,/WX,-Werror>)
endif()

# libFuzzer: instrument everything, link the fuzzer runtime only into fuzz targets.
if(UPSTREAMLAB_FUZZ)
    target_compile_options(upstreamlab_config INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(upstreamlab_config INTERFACE -fsanitize=address,undefined)
endif()

# ASan + UBSan for the "asan" preset.
if(UPSTREAMLAB_SANITIZE)
    target_compile_options(upstreamlab_config INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(upstreamlab_config INTERFACE -fsanitize=address,undefined)
    target_compile_definitions(upstreamlab_config INTERFACE UPSTREAMLAB_SANITIZED)
endif()
