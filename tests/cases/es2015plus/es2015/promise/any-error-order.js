const later = (v, ms) => new Promise((_, rej) => setTimeout(() => rej(v), ms));
Promise.any([later('first-listed', 15), later('second-listed', 1)]).catch(e => console.log(e.errors));
