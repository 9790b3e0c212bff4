class P {
  #n = 1;
  #s;
  run() {
    var out = [];
    out.push(this.#n++);
    out.push(++this.#n);
    this.#n += 10;
    this.#n *= 2;
    out.push(this.#n);
    this.#s ??= 'default';
    this.#s ||= 'never';
    out.push(this.#s);
    [this.#n, this.#s] = [7, 'destructured'];
    ({ a: this.#n } = { a: 8 });
    out.push(this.#n, this.#s);
    out.push(this?.#n);
    var maybe = null;
    out.push(maybe?.#n);
    return out;
  }
}
console.log(new P().run());
