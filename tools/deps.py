"""Install the Debian packages that are missing (idempotent) and say what was done."""
from __future__ import annotations

import os
import subprocess
import sys


def missing_packages(names: list[str]) -> list[str]:
    """Packages dpkg does not report as installed."""
    missing = []
    for name in names:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True, check=False
        )
        if "install ok installed" not in result.stdout:
            missing.append(name)
    return missing


def main(names: list[str]) -> int:
    missing = missing_packages(names)
    if not missing:
        print(f"deps: all {len(names)} Debian packages present, nothing to install")
        return 0
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    print(f"deps: installing {' '.join(missing)}")
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        sudo + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True, env=env
    )
    still_missing = missing_packages(missing)
    if still_missing:
        print(f"deps: could not install {' '.join(still_missing)}", file=sys.stderr)
        return 1
    print(f"deps: installed {len(missing)} package(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
