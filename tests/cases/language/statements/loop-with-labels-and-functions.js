// Labels are not visible inside nested functions; each function has its own label set.
var out = [];
outer: for (var i = 0; i < 3; i++) {
  var inner = function () {
    outer: for (var j = 0; j < 3; j++) {
      if (j === 1) break outer;
      out.push("f" + j);
    }
    return "done";
  };
  out.push(inner());
  if (i === 1) break outer;
}
console.log(out.join(" "));
try { eval("lbl: for (;;) { (function () { break lbl; })(); }"); } catch (e) { console.log(e.name); }
try { eval("dup: dup: ;"); } catch (e) { console.log(e.name); }
try { eval("continue;"); } catch (e) { console.log(e.name); }
