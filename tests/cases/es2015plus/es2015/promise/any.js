Promise.any([Promise.reject(1), Promise.resolve(2), Promise.resolve(3)]).then(v => console.log('any:', v));
Promise.any([Promise.reject('a'), Promise.reject('b')]).catch(e => {
  console.log(e.constructor.name, e.message, e.errors, e instanceof AggregateError, e instanceof Error);
  console.log(Object.getOwnPropertyDescriptor(e, 'errors').enumerable);
});
Promise.any([]).catch(e => console.log('empty:', e.message, e.errors));
