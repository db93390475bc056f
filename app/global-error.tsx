"use client";

type Props = { error: Error & { digest?: string } };

/**
 * The last resort, when even the page's frame failed: no translations can be loaded, so it says the
 * same in both languages. Like app/[locale]/error.tsx it shows only the error id the log carries.
 */
export default function GlobalError({ error }: Props) {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>Something went wrong on our side</h1>
          <p lang="ru">На сервере что-то пошло не так</p>
          {error.digest ? (
            <p>
              Error id / номер ошибки: <code>{error.digest}</code>
            </p>
          ) : null}
          <p>
            <a href="/">Home page / На главную</a>
          </p>
        </main>
      </body>
    </html>
  );
}
