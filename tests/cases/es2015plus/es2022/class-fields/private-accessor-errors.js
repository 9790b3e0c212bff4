class A {
  get #onlyGet() { return 1; }
  set #onlySet(v) {}
  writeGetter() { try { this.#onlyGet = 2; } catch (e) { return e.message; } }
  readSetter() { try { return this.#onlySet; } catch (e) { return e.message; } }
}
var a = new A();
console.log(a.writeGetter());
console.log(a.readSetter());
