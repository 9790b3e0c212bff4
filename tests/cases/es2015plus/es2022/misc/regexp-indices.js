// ES2022: the RegExp d flag (match indices) and hasIndices; named group indices.
const m = /(?<word>b+)(c)?/d.exec('abbbd');
console.log(JSON.stringify(m.indices), JSON.stringify(m.indices.groups));
console.log(/x/d.hasIndices, /x/.hasIndices, /x/dgimsuy.flags);
const all = [...'a1b2'.matchAll(/\d/dg)].map(x => x.indices[0].join('-'));
console.log(all.join(' '));
console.log('indices' in /x/.exec('x'));
