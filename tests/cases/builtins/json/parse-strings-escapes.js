// JSON.parse string escapes, unicode escapes and surrogate pairs.
var s = JSON.parse('"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"');
console.log(s.length, JSON.stringify(s));
console.log(JSON.parse('"\\u0041\\u00e9\\u4e2d"'), JSON.parse('"\\uD83D\\uDE00"').length, JSON.parse('"\\uD83D\\uDE00"').codePointAt(0));
console.log(JSON.parse('"\\ud800"').length, JSON.parse('"\\ud800"').charCodeAt(0), JSON.parse('"\\uDC00x"').charCodeAt(0));
console.log(JSON.parse('"\\u00"' === 1), JSON.parse('"caf\u00e9"'), JSON.parse('"\u2028\u2029"').length);
console.log(JSON.parse('"\\u0000"').charCodeAt(0), JSON.parse('"\u007f"').charCodeAt(0));
try { JSON.parse('"\u0001"'); } catch (e) { console.log(e.name, e.message); }
try { JSON.parse('"\\U0041"'); } catch (e) { console.log(e.name, e.message); }
try { JSON.parse('"\\\''); } catch (e) { console.log(e.name, e.message); }
