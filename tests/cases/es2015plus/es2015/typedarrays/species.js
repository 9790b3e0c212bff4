class My extends Uint8Array {}
var m = new My([1, 2, 3]);
console.log(m instanceof My, m.map(function (x) { return x; }) instanceof My, m.subarray(1) instanceof My, m.slice(1).constructor.name);
console.log(My.from([1]).constructor.name, My.of(1, 2).length, My.BYTES_PER_ELEMENT);
