// An editor with undo/redo: command objects, closures, WeakMap-keyed history, spread copies and Array.prototype.at.
const history = new WeakMap();
function createEditor(text = '') {
  const editor = { text };
  history.set(editor, { done: [], undone: [] });
  return editor;
}
const commands = {
  insert: (pos, s) => ({ apply: t => t.slice(0, pos) + s + t.slice(pos), revert: t => t.slice(0, pos) + t.slice(pos + s.length), label: `insert "${s}"@${pos}` }),
  remove: (pos, n) => { let removed = ''; return { apply: t => { removed = t.slice(pos, pos + n); return t.slice(0, pos) + t.slice(pos + n); }, revert: t => t.slice(0, pos) + removed + t.slice(pos), label: `remove ${n}@${pos}` }; },
};
function run(editor, cmd) { const h = history.get(editor); editor.text = cmd.apply(editor.text); h.done.push(cmd); h.undone.length = 0; }
function undo(editor) { const h = history.get(editor); const cmd = h.done.pop(); if (cmd) { editor.text = cmd.revert(editor.text); h.undone.push(cmd); } return cmd?.label ?? 'nothing'; }
function redo(editor) { const h = history.get(editor); const cmd = h.undone.pop(); if (cmd) { editor.text = cmd.apply(editor.text); h.done.push(cmd); } return cmd?.label ?? 'nothing'; }
const ed = createEditor('hello world');
run(ed, commands.insert(5, ','));
run(ed, commands.remove(0, 1));
run(ed, commands.insert(0, 'J'));
console.log(ed.text, history.get(ed).done.at(-1).label);
console.log(undo(ed), '->', ed.text);
console.log(undo(ed), '->', ed.text);
console.log(redo(ed), '->', ed.text);
run(ed, commands.insert(ed.text.length, '!'));
console.log(redo(ed), ed.text, [...history.get(ed).done].map(c => c.label).join('; '));
