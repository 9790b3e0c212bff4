// debugger is a no-op without a debugger; empty statements are allowed everywhere a statement is.
var steps = [];
debugger;
steps.push(1);
;;;
if (true);
for (var i = 0; i < 3; i++);
steps.push(i);
while (false);
label: ;
{}
{ ; }
function f() { debugger; return "f ran"; };
steps.push(f());
try { debugger; } catch (e) {} finally { ; }
console.log(steps.join(","));
var o = {};
with (o);
do ; while (false)
console.log("done");
