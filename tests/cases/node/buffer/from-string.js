console.log(Buffer.from('héllo wörld'));
console.log(Buffer.from('€'), Buffer.from('😀'), Buffer.from('').length);
