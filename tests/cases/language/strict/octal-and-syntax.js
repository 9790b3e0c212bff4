// Strict-only syntax errors are raised at parse time, seen here through Function.
var cases = ["'use strict'; 010", "'use strict'; '\\012'", "'use strict'; with (a) {}", "'use strict'; var public = 1;",
  "'use strict'; function f(x, x) {}", "'use strict'; ({ a: 1, a: 2 })", "010", "'\\012'", "var public = 1"];
for (var i = 0; i < cases.length; i++) {
  try {
    Function(cases[i]);
    console.log("ok      ", JSON.stringify(cases[i]));
  } catch (e) {
    console.log(e.name, JSON.stringify(cases[i]));
  }
}
