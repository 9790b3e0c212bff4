// Global functions and escaping helpers behave the same through the global object.
var g = (function () { return this; })();
console.log(g.parseInt("42"), g.parseFloat("1.5"), g.isNaN("x"), g.isFinite("1"));
console.log(encodeURIComponent("a b&c/d?e=f"), encodeURI("a b&c/d?e=f"));
console.log(decodeURIComponent("%E2%82%AC"), decodeURI("%41%2F"));
console.log(escape("a b+c@\u00e9"), unescape("%u00e9%20"));
console.log(g.eval("1 + 1"), typeof g.eval);
console.log(encodeURIComponent("\ud83d\ude00"), encodeURIComponent("-_.!~*'()"));
try { encodeURIComponent("\ud800"); } catch (e) { console.log(e.name, e.message); }
console.log(decodeURIComponent(encodeURIComponent("a b/c?d=\u00e9")), encodeURI("\u00e9/?#"));
