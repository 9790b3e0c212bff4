// Reading and writing nested properties by dotted paths.
function getPath(obj, path) {
  var parts = path.split(".");
  for (var i = 0; i < parts.length; i++) {
    if (obj === null || obj === undefined) return undefined;
    obj = obj[parts[i]];
  }
  return obj;
}
function setPath(obj, path, value) {
  var parts = path.split(".");
  for (var i = 0; i < parts.length - 1; i++) {
    if (typeof obj[parts[i]] !== "object" || obj[parts[i]] === null) obj[parts[i]] = {};
    obj = obj[parts[i]];
  }
  obj[parts[parts.length - 1]] = value;
}
var data = { a: { b: { c: 42 } }, list: [{ name: "first" }] };
console.log(getPath(data, "a.b.c"), getPath(data, "a.x.c"), getPath(data, "list.0.name"), getPath(data, "list.length"));
setPath(data, "a.b.d", "new");
setPath(data, "x.y.z", true);
console.log(JSON.stringify(data));
