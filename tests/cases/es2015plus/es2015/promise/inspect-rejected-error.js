const p = Promise.reject(new TypeError('shown'));
p.catch(() => {});
console.log(Promise.resolve(new Map([[1, 2]])));
console.log([Promise.resolve(new Set(['a']))]);
console.log('%o', Promise.resolve(1));
