import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadable } from '../../renderer/app/preloadable';

function Screen({ name }: { name: string }) {
  return <h1>{name}</h1>;
}

describe('preloadable', () => {
  it('draws a preloaded screen in its first render, without its fallback', async () => {
    const { Component, preload } = preloadable(() => Promise.resolve(Screen));
    await preload();
    const { container } = render(
      <Suspense fallback={<p>Loading</p>}>
        <Component name="Insights" />
      </Suspense>,
    );
    // Synchronously after the first render: no fallback was ever committed.
    expect(container.innerHTML).toBe('<h1>Insights</h1>');
  });

  it('suspends while the code is loading and shows it once it arrives, loading it once', async () => {
    let loads = 0;
    let arrive: (c: typeof Screen) => void = () => {};
    const { Component, preload } = preloadable(() => {
      loads += 1;
      return new Promise<typeof Screen>((resolve) => (arrive = resolve));
    });
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Component name="Export" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeTruthy();
    void preload();
    await act(async () => arrive(Screen));
    expect(await screen.findByRole('heading', { name: 'Export' })).toBeTruthy();
    expect(loads).toBe(1);
  });
});
