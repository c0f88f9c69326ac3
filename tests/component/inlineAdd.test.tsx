import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InlineAdd, afterAdding } from '../../renderer/components/InlineAdd';

function deferred() {
  let resolve!: (value: string | null) => void;
  const promise = new Promise<string | null>((r) => (resolve = r));
  return { promise, resolve };
}

describe('InlineAdd', () => {
  it('keeps the words typed while the previous addition was saving', async () => {
    const added: string[] = [];
    const pending: ReturnType<typeof deferred>[] = [];
    render(
      <InlineAdd
        label="Nouveau client"
        buttonLabel="Ajouter"
        onAdd={(text) => {
          added.push(text);
          const d = deferred();
          pending.push(d);
          return d.promise;
        }}
        successMessage={(text) => `${text} ajouté`}
      />,
    );
    const user = userEvent.setup();
    const field = screen.getByRole('textbox', { name: 'Nouveau client' }) as HTMLInputElement;
    await user.type(field, 'Acme{Enter}');
    expect(added).toEqual(['Acme']);
    // The save is still running: the user goes on typing the next client.
    await user.type(field, ' Béa');
    pending[0].resolve(null);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Acme ajouté'));
    expect(field.value).toBe('Béa');

    await user.keyboard('{Enter}');
    expect(added).toEqual(['Acme', 'Béa']);
    pending[1].resolve(null);
    await waitFor(() => expect(field.value).toBe(''));
  });

  it('keeps the text and shows the message when the addition is refused', async () => {
    render(<InlineAdd label="New client" buttonLabel="Add" onAdd={async () => 'That client already exists.'} />);
    const user = userEvent.setup();
    const field = screen.getByRole('textbox', { name: 'New client' }) as HTMLInputElement;
    await user.type(field, 'Acme{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('That client already exists.');
    expect(field.value).toBe('Acme');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('leaves an edited field as the user left it', () => {
    expect(afterAdding('Acme', 'Acme')).toBe('');
    expect(afterAdding('Acme  Béa', 'Acme')).toBe('Béa');
    expect(afterAdding('Acm', 'Acme')).toBe('Acm');
  });
});
