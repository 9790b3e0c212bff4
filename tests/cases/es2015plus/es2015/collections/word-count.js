const text = 'the quick brown fox jumps over the lazy dog the fox';
const counts = new Map();
for (const w of text.split(' ')) counts.set(w, (counts.get(w) || 0) + 1);
const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(sorted.slice(0, 3));
console.log(counts);
