var b = Buffer.from('héllo wörld ✓');
console.log(b.toString(), b.toString('utf8', 0, 6), b.toString('utf-8', 1), b.toString(undefined, 2, 4));
