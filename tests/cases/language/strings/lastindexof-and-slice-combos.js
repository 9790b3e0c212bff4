// Extracting file names, extensions and paths with lastIndexOf and slice.
function ext(name) { var dot = name.lastIndexOf("."); return dot <= 0 ? "" : name.slice(dot + 1); }
function base(path) { return path.slice(path.lastIndexOf("/") + 1); }
function dir(path) { var i = path.lastIndexOf("/"); return i < 0 ? "." : path.slice(0, i) || "/"; }
var paths = ["a/b/c.txt", "file.tar.gz", ".hidden", "noext", "/root.js", "dir/"];
for (var i = 0; i < paths.length; i++) {
  var p = paths[i];
  console.log(JSON.stringify(p), JSON.stringify(base(p)), JSON.stringify(dir(p)), JSON.stringify(ext(base(p))));
}
console.log(JSON.stringify(base("")), JSON.stringify(dir("/")), JSON.stringify(ext("a.")));
