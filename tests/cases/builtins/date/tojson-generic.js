// Date.prototype.toJSON is generic: ToPrimitive(number), then a call to toISOString.
var toJSON = Date.prototype.toJSON;
console.log(toJSON.call(new Date(0)), toJSON.call(new Date(NaN)), toJSON.call({ valueOf: function () { return Infinity; } }));
console.log(toJSON.call({ toISOString: function () { return "iso!"; } }), toJSON.call({ valueOf: function () { return 1; }, toISOString: function () { return 42; } }));
try { toJSON.call({}); } catch (e) { console.log(e.name + ": " + e.message); }
try { toJSON.call(null); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(toJSON.call(Object.assign(new Date(0), { toISOString: function () { return "own"; } })));
console.log(JSON.stringify({ when: new Date(86400000) }), JSON.stringify([new Date(8.64e15 + 1)]));
