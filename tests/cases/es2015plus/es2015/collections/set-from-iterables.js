console.log(new Set('hello'), new Set([3, 1, 3, 2, 1]));
console.log(new Set(new Map([[1, 2]])));
console.log(new Set(new Set([1, 2]).values()));
console.log([...new Set([1, 2, 2, 3])].map(x => x * 2));
