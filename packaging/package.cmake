# The Debian package, made by CPack's DEB generator from the install rules
# (`bash scripts/package.sh`, or `cpack` in any build directory). Included from the top
# CMakeLists.txt, after every install rule is known.
#
# Why CPack and not a debian/ directory: the install rules are the one list of what gets
# installed, for `cmake --install` and the package alike; CPack needs only dpkg-dev, not
# debhelper and a source package, and writes the .deb where we ask. A Debian upload would
# still want its own debian/ directory; this package is for installing Noticeboard built here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME noticeboard)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Noticeboard")
set(CPACK_PACKAGE_CONTACT "Noticeboard maintainers <maintainers@users.noreply.r-seed-0cfe8843.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "server notices from your Matrix homeserver")
set(CPACK_PACKAGE_DESCRIPTION
    "Noticeboard shows the notices a Matrix homeserver sends its users (usage limits,
terms of service, moderation decisions, maintenance) in an inbox of their own, and
marks a notice as official only when it really comes from the user's server: Synapse's
Server Notices room and MSC4279 notice rooms.

noticectl is its command-line twin, on the same libraries and the same profile;
server administrators use both to create notice rooms and send notices.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY noticeboard)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Release binaries without their symbols: the package is for running, not debugging.
set(CPACK_STRIP_FILES ON)
# qt_standard_project_setup() gives installed binaries a RUNPATH of $ORIGIN/../lib for a
# project's own shared libraries. Ours are all static: in /usr/bin it would only make the
# loader look in /usr/lib before the system's paths (lintian: custom-library-search-path).
set_target_properties(noticeboard noticectl PROPERTIES INSTALL_RPATH "")

# noticeboard_0.1.0_amd64.deb: name, version and architecture as dpkg names them.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/noticeboard/noticeboard")
# Depends is what dpkg-shlibdeps finds the two executables linked against (Qt, QtKeychain,
# cmark, libstdc++ ...), with the versions their symbols need; nothing is listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the linker cannot see, because Qt and QtKeychain open it at run time:
# - libqt6svg6: Qt's SVG plugins draw the app's icons (the trust marks among them); without
#   them the app falls back to the style's generic icons.
# - libsecret-1-0: QtKeychain opens it by name to reach GNOME Keyring and other Secret
#   Service keychains; without it (and without KWallet) the token goes to a file only the
#   user can read, and the app says so.
# - qt6-translations-l10n: Qt's own translations (qtbase_de.qm, ...), which
#   nb::installTranslations loads at run time for what Qt draws itself (the standard buttons
#   of message boxes and dialogs, the file dialog); without it a German user reads German
#   text with "Cancel" and "Yes" under it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, libsecret-1-0, qt6-translations-l10n")
# On Wayland sessions Qt uses XWayland without this.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
# Control files 0644 whatever the builder's umask, as dpkg expects.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
