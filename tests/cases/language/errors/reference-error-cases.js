// ReferenceErrors for reads, calls and compound assignments of undeclared names.
var cases = [
  function () { return undeclaredRead; },
  function () { return undeclaredCall(); },
  function () { undeclaredCompound += 1; },
  function () { undeclaredPostfix++; },
  function () { return undeclaredMember.prop; },
  function () { "use strict"; undeclaredStrictWrite = 1; },
  function () { return typeof undeclaredTypeof; },
  function () { sloppyWrite = 1; return "created"; }
];
for (var i = 0; i < cases.length; i++) {
  try { console.log(i, "ok", cases[i]()); } catch (e) { console.log(i, e.name, e.message); }
}
delete (function () { return this; })().sloppyWrite;
