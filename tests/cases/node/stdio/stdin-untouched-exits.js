// Touching process.stdin without reading it does not keep the program alive.
var s = process.stdin;
console.log('got stdin', typeof s.on, s.readableFlowing);
setTimeout(function () { console.log('timer ran; exiting'); }, 5);
