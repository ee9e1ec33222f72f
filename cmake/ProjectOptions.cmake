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
