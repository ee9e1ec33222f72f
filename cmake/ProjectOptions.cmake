# Build policy shared by every target: one INTERFACE library instead of global flags.
add_library(project_options INTERFACE)
target_compile_features(project_options INTERFACE cxx_std_20)
target_compile_definitions(project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    GE_VERSION_STRING="${PROJECT_VERSION}"
    GE_VERSION_MAJOR=${PROJECT_VERSION_MAJOR}
    GE_VERSION_MINOR=${PROJECT_VERSION_MINOR}
    GE_VERSION_PATCH=${PROJECT_VERSION_PATCH})
if(MSVC)
    target_compile_options(project_options INTERFACE /W4 /permissive-)
    if(GE_WERROR)
        target_compile_options(project_options INTERFACE /WX)
    endif()
else()
    target_compile_options(project_options INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wshadow -Wnon-virtual-dtor
        -Woverloaded-virtual -Wcast-qual -Werror=switch -Werror=return-type)
    if(GE_WERROR)
        target_compile_options(project_options INTERFACE -Werror)
        target_compile_definitions(project_options INTERFACE QT_FORCE_ASSERTS)
    endif()
endif()
if(GE_SANITIZERS)
    target_compile_options(project_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(project_options INTERFACE -fsanitize=address,undefined)
endif()
if(GE_FUZZ)
    target_compile_options(project_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(project_options INTERFACE -fsanitize=address,undefined)
endif()
# Hardening of what we ship (the flags Debian's dpkg-buildflags would give, and what lintian's
# hardening checks look for). Not with the sanitizers or libFuzzer: they bring their own runtime
# checks, and _FORTIFY_SOURCE's wrappers only get in their way.
if(NOT MSVC AND NOT GE_SANITIZERS AND NOT GE_FUZZ)
    include(CheckCXXCompilerFlag)
    include(CheckPIESupported)
    check_pie_supported(LANGUAGES CXX)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    # _FORTIFY_SOURCE needs the optimiser (glibc warns without it, and -Werror would fail).
    target_compile_options(project_options INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>
        -fstack-protector-strong)
    foreach(ge_flag IN ITEMS -fstack-clash-protection -fcf-protection)
        string(MAKE_C_IDENTIFIER "GE_HAS${ge_flag}" ge_var)
        check_cxx_compiler_flag(${ge_flag} ${ge_var})
        if(${ge_var})
            target_compile_options(project_options INTERFACE ${ge_flag})
        endif()
    endforeach()
    target_link_options(project_options INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()
