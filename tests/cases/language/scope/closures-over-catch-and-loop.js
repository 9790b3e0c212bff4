// Closures made in catch blocks inside loops capture that iteration's catch binding.
var fns = [];
for (var i = 0; i < 3; i++) {
  try {
    throw "error " + i;
  } catch (e) {
    var shared = e;
    fns.push(function () { return e + " / " + shared; });
  }
}
console.log(fns.map(function (f) { return f(); }).join("; "));
