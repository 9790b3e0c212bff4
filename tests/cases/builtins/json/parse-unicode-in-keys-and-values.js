// Non-ASCII text, escaped or literal, in keys and values.
var o = JSON.parse('{"caf\\u00e9": "\u00fcber", "\u4e2d": "\\u6587", "emoji\\ud83d\\ude00": "\ud83d\ude00"}');
console.log(Object.keys(o).join(","), o["café"], o["中"], o["emoji\ud83d\ude00"].length);
console.log(JSON.stringify(o));
console.log(JSON.stringify(JSON.parse('"\\u2028\\u2029"')), JSON.parse('"\\u2028"') === "\u2028");
