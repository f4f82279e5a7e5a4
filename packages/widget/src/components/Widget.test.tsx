import { createClient, createMemoryStorage } from '@parley/core';
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { englishMessages } from '../i18n/messages';
import { createNavigation } from '../navigation/createNavigation';
import { setupParleyServer, testBaseUrl } from '../testing/setupParleyServer';
import { Widget } from './Widget';

setupParleyServer();

describe('<Widget> navigation', () => {
  it('keeps focus in the panel when Back removes the focused button, and follows the navigation', async () => {
    const user = userEvent.setup();
    const client = createClient({
      baseUrl: testBaseUrl,
      widgetKey: 'wk_demo',
      storage: createMemoryStorage(),
    });
    const navigation = createNavigation();
    navigation.push({ view: 'ticketLookup' });
    render(
      <Widget
        client={client}
        open
        onOpenChange={() => {}}
        messages={englishMessages}
        theme="light"
        idPrefix="test"
        navigation={navigation}
      />,
    );
    const back = await screen.findByRole('button', { name: englishMessages.backLabel });
    await user.click(back);
    expect(navigation.current()).toEqual({ view: 'home' });
    // Home has no Back button: the focus it held moves to the panel, not to the page's <body>.
    expect(screen.queryByRole('button', { name: englishMessages.backLabel })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
    client.destroy();
  });
});
