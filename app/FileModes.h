// Owner-only files: the data folder, the stores, the log and the PDFs are readable by the terminal's account only.
#pragma once

#include <QString>

namespace madoguchi::files {

// Sets the process umask to 077, so that whatever the process creates is the owner's alone. Called first in main().
void restrictUmask();
// Creates `dir` (and missing parents) if needed; a folder created here is made 0700. An existing folder is left as it
// is (it may be shared, like /tmp). Returns false if the folder cannot be created.
bool makeOwnerOnlyDir(const QString& dir);
// Makes an existing file 0600 (owner read/write). Returns false if the file exists and its mode cannot be set.
bool makeOwnerOnlyFile(const QString& path);

} // namespace madoguchi::files
