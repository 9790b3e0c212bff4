var b = Buffer.from([0, 127, 128, 255]);
var j = JSON.stringify(b);
console.log(j, Buffer.from(JSON.parse(j).data), Buffer.from(JSON.parse(j)).equals(b));
