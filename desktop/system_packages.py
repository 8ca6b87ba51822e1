"""The distribution packages that provide the system libraries a Qt window needs (Linux).

Used to turn "libxcb-cursor.so.0 is missing" into the command that installs it. The Debian
names were read from `dpkg -S` on Debian 12 (Ubuntu uses the same names; where Ubuntu 24.04
renamed a package with a `t64` suffix, apt picks the new one from the old name); the Fedora
names are the packages that ship the library. A library not in the table is named as it is,
with the command that finds its package. Pure data and functions; any thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Packages:
    debian: str
    fedora: str


# soname → (Debian/Ubuntu package, Fedora package)
_PACKAGES: dict[str, Packages] = {
    soname: Packages(debian, fedora)
    for soname, debian, fedora in (
        ("libEGL.so.1", "libegl1", "libglvnd-egl"),
        ("libGL.so.1", "libgl1", "libglvnd-glx"),
        ("libGLX.so.0", "libglx0", "libglvnd-glx"),
        ("libGLdispatch.so.0", "libglvnd0", "libglvnd"),
        ("libOpenGL.so.0", "libopengl0", "libglvnd-opengl"),
        ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
        ("libX11.so.6", "libx11-6", "libX11"),
        ("libXau.so.6", "libxau6", "libXau"),
        ("libXcomposite.so.1", "libxcomposite1", "libXcomposite"),
        ("libXdamage.so.1", "libxdamage1", "libXdamage"),
        ("libXdmcp.so.6", "libxdmcp6", "libXdmcp"),
        ("libXext.so.6", "libxext6", "libXext"),
        ("libXfixes.so.3", "libxfixes3", "libXfixes"),
        ("libXrandr.so.2", "libxrandr2", "libXrandr"),
        ("libXrender.so.1", "libxrender1", "libXrender"),
        ("libXtst.so.6", "libxtst6", "libXtst"),
        ("libasound.so.2", "libasound2", "alsa-lib"),
        ("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
        ("libdrm.so.2", "libdrm2", "libdrm"),
        ("libexpat.so.1", "libexpat1", "expat"),
        ("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
        ("libfreetype.so.6", "libfreetype6", "freetype"),
        ("libgbm.so.1", "libgbm1", "mesa-libgbm"),
        ("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
        ("libgthread-2.0.so.0", "libglib2.0-0", "glib2"),
        ("libnspr4.so", "libnspr4", "nspr"),
        ("libplc4.so", "libnspr4", "nspr"),
        ("libplds4.so", "libnspr4", "nspr"),
        ("libnss3.so", "libnss3", "nss"),
        ("libnssutil3.so", "libnss3", "nss-util"),
        ("libsmime3.so", "libnss3", "nss"),
        ("libpng16.so.16", "libpng16-16", "libpng"),
        ("libwayland-client.so.0", "libwayland-client0", "libwayland-client"),
        ("libwayland-cursor.so.0", "libwayland-cursor0", "libwayland-cursor"),
        ("libwayland-egl.so.1", "libwayland-egl1", "libwayland-egl"),
        ("libwayland-server.so.0", "libwayland-server0", "libwayland-server"),
        ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
        ("libxcb-dri3.so.0", "libxcb-dri3-0", "libxcb"),
        ("libxcb-glx.so.0", "libxcb-glx0", "libxcb"),
        ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
        ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
        ("libxcb-present.so.0", "libxcb-present0", "libxcb"),
        ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
        ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
        ("libxcb-render.so.0", "libxcb-render0", "libxcb"),
        ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
        ("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
        ("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
        ("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
        ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
        ("libxcb-xinput.so.0", "libxcb-xinput0", "libxcb"),
        ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
        ("libxcb.so.1", "libxcb1", "libxcb"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
        ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
        ("libxkbfile.so.1", "libxkbfile1", "libxkbfile"),
        ("libxshmfence.so.1", "libxshmfence1", "libxshmfence"),
        ("libz.so.1", "zlib1g", "zlib"),
        ("libzstd.so.1", "libzstd1", "libzstd"),
    )
}


def packages_for(sonames: Iterable[str]) -> tuple[Packages, list[str]]:
    """The packages to install for these libraries (space-separated, each once), and the
    libraries the table does not know."""
    debian: list[str] = []
    fedora: list[str] = []
    unknown: list[str] = []
    for soname in sonames:
        known = _PACKAGES.get(soname)
        if known is None:
            unknown.append(soname)
            continue
        debian += [] if known.debian in debian else [known.debian]
        fedora += [] if known.fedora in fedora else [known.fedora]
    return Packages(" ".join(debian), " ".join(fedora)), unknown


def install_hint(sonames: Iterable[str]) -> str:
    """How to install the libraries on Debian/Ubuntu and Fedora, one line per distribution."""
    packages, unknown = packages_for(sonames)
    lines = []
    if packages.debian:
        lines += [
            f"  Debian/Ubuntu: sudo apt install {packages.debian}",
            f"  Fedora:        sudo dnf install {packages.fedora}",
        ]
    if unknown:
        lines.append(
            f"  To find the package of {', '.join(unknown)}: apt-file search <name> "
            "(Debian/Ubuntu) or dnf provides '*/<name>' (Fedora)"
        )
    return "\n".join(lines)
