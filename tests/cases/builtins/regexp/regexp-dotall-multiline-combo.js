// s and m together: . crosses lines while ^ and $ match at each line.
var text = "start\nmiddle\nend";
console.log(JSON.stringify(text.match(/^m.*$/m)), JSON.stringify(text.match(/^m.*$/ms)), JSON.stringify(text.match(/^s.*d$/s)));
console.log(JSON.stringify(text.match(/^.+$/gm)), text.match(/^.+$/gms).length, /start.end/s.test(text));
