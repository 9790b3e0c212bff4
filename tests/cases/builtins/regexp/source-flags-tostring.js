// source escapes slashes and line terminators; flags are in canonical order.
console.log(/a\/b/.source, new RegExp("a/b").source, new RegExp("\n").source, new RegExp("\\n").source);
console.log(new RegExp("").source, String(new RegExp("")), new RegExp("/").toString(), new RegExp("[/]").source);
console.log(/x/gimsuyd.flags, new RegExp("x", "yusmig").flags, new RegExp("x", "dg").flags, /x/.flags === "");
console.log(String(/a/g), /a/gi.toString(), new RegExp("a", "u").toString(), new RegExp("\u2028").source);
console.log(RegExp.prototype.source, RegExp.prototype.flags, RegExp.prototype.toString(), RegExp.prototype.global);
console.log(RegExp.prototype.toString.call({ source: "S", flags: "F" }));
try { RegExp.prototype.toString.call(1); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.getOwnPropertyDescriptor(RegExp.prototype, "source").get.call({}); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.getOwnPropertyDescriptor(RegExp.prototype, "global").get.call({}); } catch (e) { console.log(e.name + ": " + e.message); }
