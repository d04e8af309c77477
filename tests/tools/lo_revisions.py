"""Open a .docx in LibreOffice (headless, through UNO) and save it with all tracked changes
accepted, then with all rejected, as UTF-8 text; print the revisions it saw as JSON.

Run with the system Python that has python3-uno (not the virtual environment):
    /usr/bin/python3 lo_revisions.py IN.docx OUTDIR PROFILE_DIR
Writes OUTDIR/accepted.txt and OUTDIR/rejected.txt. Talks to soffice over a named pipe only.
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main(path, outdir, profile):
    pipe = f"policydiff{os.getpid()}"
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               f"-env:UserInstallation=file://{profile}",
                               f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desktop = None
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(240):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise SystemExit("soffice did not answer")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        seen = None
        for name, command in (("accepted", ".uno:AcceptAllTrackedChanges"), ("rejected", ".uno:RejectAllTrackedChanges")):
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            if seen is None:
                redlines = doc.getRedlines()
                items = []
                enum = redlines.createEnumeration()
                while enum.hasMoreElements():
                    r = enum.nextElement()
                    items.append({"type": r.RedlineType, "author": r.RedlineAuthor, "year": r.RedlineDateTime.Year})
                seen = items
            dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
            target = uno.systemPathToFileUrl(os.path.abspath(os.path.join(outdir, name + ".txt")))
            doc.storeToURL(target, (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF")))
            doc.close(True)
        print(json.dumps({"redlines": seen}))
    finally:
        try:
            desktop.terminate()  # ends soffice.bin itself, which killing the launcher would not
        except Exception:
            pass
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(*sys.argv[1:4])
