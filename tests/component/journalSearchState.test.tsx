import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useJournalState } from '../../renderer/features/journal/useJournalState';

/** Every render's typed and searched text, to see whether a keystroke waited for a render of its own. */
function renderLogged() {
  const renders: [string, string][] = [];
  const hook = renderHook(() => {
    const state = useJournalState();
    renders.push([state.typed, state.search]);
    return state;
  });
  return { hook, renders };
}

describe('Journal search state', () => {
  it('searches a precise keystroke in the same render that shows it, once the last search is answered', () => {
    const { hook, renders } = renderLogged();
    act(() => hook.result.current.setAnswered(''));
    act(() => hook.result.current.setTyped('réunion'));
    expect(hook.result.current.search).toBe('réunion');
    // No render showed the word typed but not yet searched.
    expect(renders).not.toContainEqual(['réunion', '']);
  });

  it('waits for the previous answer before searching the next words', () => {
    const { hook } = renderLogged();
    act(() => hook.result.current.setAnswered(''));
    act(() => hook.result.current.setTyped('réunion'));
    // "réunion" is not answered yet: the next keystroke waits (debounced) instead of searching at once.
    act(() => hook.result.current.setTyped('réunions'));
    expect(hook.result.current.search).toBe('réunion');
    act(() => hook.result.current.setAnswered('réunion'));
    expect(hook.result.current.search).toBe('réunions');
  });

  it('waits for a pause in typing before searching a one-letter word', () => {
    const { hook, renders } = renderLogged();
    act(() => hook.result.current.setAnswered(''));
    act(() => hook.result.current.setTyped('r'));
    expect(hook.result.current.search).toBe('');
    expect(renders.at(-1)).toEqual(['r', '']);
  });
});
