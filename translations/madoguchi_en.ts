<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Log debug details to standard error and the log file.</source>
        <translation>Log debug details to standard error and the log file.</translation>
    </message>
    <message>
        <source>Read settings from &lt;file&gt; instead of the default.</source>
        <translation>Read settings from &lt;file&gt; instead of the default.</translation>
    </message>
    <message>
        <source>Interface language: ja or en.</source>
        <translation>Interface language: ja or en.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Madoguchi no-handwriting counter terminal.</source>
        <translation>Madoguchi no-handwriting counter terminal.</translation>
    </message>
    <message>
        <source>What this terminal is: counter, supervisor, kiosk or signage.</source>
        <translation>What this terminal is: counter, supervisor, kiosk or signage.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;; choose one of: %2.</source>
        <translation>Unknown mode &quot;%1&quot;; choose one of: %2.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show card readers and database state.</source>
        <translation>Show card readers and database state.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Madoguchi counter terminal, command-line tools.</source>
        <translation>Madoguchi counter terminal, command-line tools.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>The command to run.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>PC/SC service: not running (%1)</source>
        <translation>PC/SC service: not running (%1)</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>card present</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>no card</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Local database</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Central database</translation>
    </message>
    <message numerus="yes">
        <source>PC/SC service: running, %n reader(s)</source>
        <translation>
            <numerusform>PC/SC service: running, %n reader</numerusform>
            <numerusform>PC/SC service: running, %n readers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::StatusWindow</name>
    <message>
        <source>%1: available (%2, %3)</source>
        <translation>%1: available (%2, %3)</translation>
    </message>
    <message>
        <source>%1: checking… (%2)</source>
        <translation>%1: checking… (%2)</translation>
    </message>
    <message>
        <source>%1: not available (%2). Check the setting and the network; details are in the log.</source>
        <translation>%1: not available (%2). Check the setting and the network; details are in the log.</translation>
    </message>
    <message>
        <source>Madoguchi — terminal status</source>
        <translation>Madoguchi — terminal status</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation>Card readers</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Madoguchi %1 — data: %2</source>
        <translation>Madoguchi %1 — data: %2</translation>
    </message>
    <message>
        <source>Looking for the card reader service…</source>
        <translation>Looking for the card reader service…</translation>
    </message>
    <message>
        <source>The card reader service (pcscd) is not running. A simulated card is used until it starts.</source>
        <translation>The card reader service (pcscd) is not running. A simulated card is used until it starts.</translation>
    </message>
    <message numerus="yes">
        <source>The card reader service is running: %n reader(s) attached.</source>
        <translation>
            <numerusform>The card reader service is running: %n reader attached.</numerusform>
            <numerusform>The card reader service is running: %n readers attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card does not answer: take it out and place it again</source>
        <translation>Card does not answer: take it out and place it again</translation>
    </message>
    <message>
        <source>Card present, in use by another program</source>
        <translation>Card present, in use by another program</translation>
    </message>
    <message>
        <source>Card present</source>
        <translation>Card present</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>No card</translation>
    </message>
    <message>
        <source>%1 (selected in settings)</source>
        <translation>%1 (selected in settings)</translation>
    </message>
    <message>
        <source>No reader is attached: a simulated card is used (demo mode).</source>
        <translation>No reader is attached: a simulated card is used (demo mode).</translation>
    </message>
    <message>
        <source>A card is on the reader.</source>
        <translation>A card is on the reader.</translation>
    </message>
    <message>
        <source>Place a My Number card on the reader.</source>
        <translation>Place a My Number card on the reader.</translation>
    </message>
    <message>
        <source>This terminal&apos;s database</source>
        <translation>This terminal&apos;s database</translation>
    </message>
    <message>
        <source>Central database (built-in)</source>
        <translation>Central database (built-in)</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Central database</translation>
    </message>
</context>
</TS>
