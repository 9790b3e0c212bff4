const log = [];
Promise.all([
  new Promise((_, rej) => setTimeout(() => rej(new Error('late')), 10)),
  Promise.reject(new Error('early')),
  Promise.resolve('fine'),
]).then(() => console.log('not reached'), e => console.log('rejected with', e.message));
