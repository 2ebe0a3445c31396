<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>CardAuthenticity</name>
    <message>
        <source>Genuine card: the chip&apos;s data is signed by the issuer and the chip answered its own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data altered: the chip&apos;s data does not match the issuer&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer not trusted: the chip was not issued under a key this city trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied chip: the chip does not hold the key its data was issued to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checkable: this terminal could not check whether the card is genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the photo and the card face with the person at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was filled in. Keep the card, check the physical card (hologram, print, photo) and call the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the physical card by eye (hologram, print, photo); if in doubt, call the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardError</name>
    <message>
        <source>The card reader service (pcscd) is not running. Please contact IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is connected. Please check the reader&apos;s cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card is on the reader. Please place the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the card. Please close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please check the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification code B does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The verification code B does not match. Tries left: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong. Tries left: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verification code B is locked. Please guide the resident to the card counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is locked. Please guide the resident to the card counter to reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one try of verification code B is left. Confirm before trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one PIN try is left. A wrong PIN will lock the card. Confirm with the resident before trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was removed during reading. Please place it again and read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not answer in time. Please place it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on the card could not be read correctly. Please check the card face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code B must be 14 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must be 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the request. Please place it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication with the card reader failed. Please place the card again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>%1, follow-up rule &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, follow-up rule &quot;%2&quot;, field &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, procedure &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, procedure &quot;%2&quot;, field &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: &quot;%2&quot; is missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: &quot;%2&quot; is not a known item. Check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file %1 cannot be read as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file %1 has an unsupported format. This version of Madoguchi reads format 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, procedure &quot;%2&quot;: the field ID &quot;%3&quot; is used more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: the procedure ID &quot;%2&quot; is used more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, procedure &quot;%2&quot;: a My Number field is allowed only when the procedure lawfully requires the My Number (my_number_required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, follow-up rule &quot;%2&quot;: there is no life event &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, follow-up rule &quot;%2&quot;: there is no procedure &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalogue files were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueSources</name>
    <message numerus="yes">
        <source>The municipality&apos;s procedures catalogue has errors and was not used (%n error(s)); the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No usable catalogue is left: the counter cannot serve residents until the files are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter works with the last catalogue that was correct. Check the files with: madoguchi-cli catalogue check DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter works with the installed catalogue. Check the files with: madoguchi-cli catalogue check DIR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkPage</name>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Log debug details to standard error and the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read settings from &lt;file&gt; instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterCard</name>
    <message>
        <source>The card is still being read; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterIssuance</name>
    <message>
        <source>%1 cannot be printed: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit is recorded, but %1 could not be written as PDF: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printouts declared in the procedures catalogue have errors; nothing was recorded. Tell the administrator: the log names the procedure and the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not give the household; nothing was recorded, try again when the registry is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the certificate printed was not kept (it was issued before this version), so no new paper can be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new paper could not be written as PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterRegistry</name>
    <message>
        <source>The registry cannot be reached right now. Press F5 to try again; a move-in can still be taken with the card&apos;s details (F8); certificates need the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterServices</name>
    <message>
        <source>The procedures catalogue has errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidance sheet could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterStaff</name>
    <message>
        <source>Still checking the last sign-in; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in at this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the staff member who is signed in, or a supervisor, can open this counter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not in UTF-8. Save it as UTF-8 (CSV UTF-8) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A double quote (&quot;) appears inside a value. Enclose the whole value in double quotes and write each quote inside it twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are characters after the closing double quote of a value. Enclose the whole value in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value that starts with a double quote (&quot;) is never closed. Add the closing double quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, more than an import may hold. Check that this is the right file, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is longer than %1 KiB. Check that this is the right file and that its lines end with line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has more than %1 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (serial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished">はらう お{金|かね}</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reissued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kiosk pre-entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC (e-money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDesk</name>
    <message>
        <source>The central database does not answer: issued certificates are looked up there. Try again when the terminal is online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCheck</name>
    <message>
        <source>This item is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this in full-width katakana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number in half-width digits, for example 0422-60-1800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number in half-width digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the postal code as 7 half-width digits, for example 180-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The My Number is not valid. Check the 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldValidation</name>
    <message>
        <source>There is no month %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no day %1 in %2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An era year starts at 1 (元年).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown era &quot;%1&quot;; use 明治, 大正, 昭和, 平成 or 令和.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use full-width katakana, not half-width (ｶﾅ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only katakana here: &quot;%1&quot; is not kana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postal code has 7 digits, e.g. 180-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits and hyphens in a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number starts with 0 (include the area code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile or IP phone number has 11 digits, e.g. 090-1234-5678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A landline number has 10 digits, e.g. 0422-60-1800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A My Number has 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit does not match: please compare with the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as 2025-04-01 or 令和7年4月1日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A birth date before 1868 cannot be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number from 0 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number of 0 or more, digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not within the %2 era (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Madoguchi no-handwriting counter terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this terminal is: counter, supervisor, kiosk or signage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionQueue</name>
    <message>
        <source>The reception queue is not reachable (central store). F3 still numbers a resident in front of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reception queue is not reachable (central store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s pre-entry is not reachable (central store).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryCsv</name>
    <message>
        <source>This item is required. Enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item contains a control character or an invalid character. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item must not start with =, +, - or @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is too long (200 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name may contain only letters, kana and kanji (no digits or symbols).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reading in full-width katakana (for example ヤマダ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid date as YYYY-MM-DD (for example 1980-02-17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identifier may contain only half-width letters, digits, - and _ (32 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount in yen as half-width digits without commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. It needs a header row and at least one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too many errors; only the first 500 are shown. Check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row has an unknown column name. See the import format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row names the same column twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row has no &quot;record&quot; column. The first row must be the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 values but the header row has %2 columns. Check for a missing or extra comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record type must be household, resident, seal or tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column must be empty for this record type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the postal code as 7 half-width digits, for example 180-0001 or 1800001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household ID is already used on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reading of the given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex must be 1 (male), 2 (female) or 9 (not applicable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of becoming a resident is before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status must be active, moved_out or deceased (empty means active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resident ID is already used on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person (same household, name and date of birth) is already on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This seal registration number is already used on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resident already has a registered seal on line %1. A person can register one seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the fiscal year as a 4-digit Western year between 1989 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount paid is larger than the tax assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vehicle&apos;s number plate when there is light vehicle tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resident already has a tax record for this fiscal year on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no household with this ID in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no resident with this ID in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of household must be a member of this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of household&apos;s relationship must be 世帯主 or 本人.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the head of household can have the relationship 世帯主 or 本人.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seal can be registered only by a person aged 15 or over on the registration date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, more than an import may hold. Check that this is the right file, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 records, more than an import may hold. Check that this is the right file, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked: the temporary working space failed. Check the free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentCatalogue</name>
    <message>
        <source>High-cost (preventive) care service benefit</source>
        <extracomment>高額介護（予防）サービス費の支給申請 (care.json high-cost-care-benefit name)</extracomment>
        <translation>{介護|かいご}の お{金|かね}が {多|おお}いときに もどす お{金|かね}の {申請|しんせい}</translation>
    </message>
    <message>
        <source>Proof of identity (My Number card, driving licence, etc.)</source>
        <extracomment>本人確認書類（マイナンバーカード、運転免許証など） (care.json high-cost-care-benefit documents[0])</extracomment>
        <translation>{本人確認|ほんにんかくにん}の{書類|しょるい}（マイナンバーカード、{運転免許証|うんてんめんきょしょう}など）</translation>
    </message>
    <message>
        <source>Proof of My Number (My Number card, etc.)</source>
        <extracomment>個人番号確認書類（マイナンバーカードなど） (care.json high-cost-care-benefit documents[1])</extracomment>
        <translation>マイナンバーが わかる {書類|しょるい}（マイナンバーカードなど）</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <extracomment>申請者氏名 (care.json high-cost-care-benefit applicant_name)</extracomment>
        <translation>{申請|しんせい}する {人|ひと}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Applicant&apos;s name (katakana)</source>
        <extracomment>申請者氏名（フリガナ） (care.json high-cost-care-benefit applicant_kana)</extracomment>
        <translation>{申請|しんせい}する {人|ひと}の {名前|なまえ}（カタカナ）</translation>
    </message>
    <message>
        <source>Applicant&apos;s date of birth</source>
        <extracomment>申請者生年月日 (care.json high-cost-care-benefit applicant_birth_date)</extracomment>
        <translation>{申請|しんせい}する {人|ひと}の {生|う}まれた{日|ひ}</translation>
    </message>
    <message>
        <source>Applicant&apos;s address</source>
        <extracomment>申請者住所 (care.json high-cost-care-benefit applicant_address)</extracomment>
        <translation>{申請|しんせい}する {人|ひと}の {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>Daytime phone number</source>
        <extracomment>日中の連絡先電話番号 (care.json high-cost-care-benefit applicant_phone)</extracomment>
        <translation>{昼|ひる}に つながる {電話番号|でんわばんごう}</translation>
    </message>
    <message>
        <source>Care insurance number</source>
        <extracomment>介護保険被保険者番号 (care.json high-cost-care-benefit insured_number)</extracomment>
        <translation>{介護保険|かいごほけん}の {番号|ばんごう}</translation>
    </message>
    <message>
        <source>Month of service</source>
        <extracomment>対象のサービス提供月 (care.json high-cost-care-benefit service_month)</extracomment>
        <translation>サービスを {使|つか}った {月|つき}</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>金融機関名 (care.json high-cost-care-benefit bank_name)</extracomment>
        <translation>{銀行|ぎんこう}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>支店名 (care.json high-cost-care-benefit bank_branch)</extracomment>
        <translation>{支店|してん}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Account type</source>
        <extracomment>預金種目 (care.json high-cost-care-benefit account_type)</extracomment>
        <translation>{口座|こうざ}の {種類|しゅるい}</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <extracomment>普通 (care.json high-cost-care-benefit account_type=ordinary)</extracomment>
        <translation>{普通|ふつう}</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>当座 (care.json high-cost-care-benefit account_type=current)</extracomment>
        <translation>{当座|とうざ}</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>口座番号 (care.json high-cost-care-benefit account_number)</extracomment>
        <translation>{口座番号|こうざばんごう}</translation>
    </message>
    <message>
        <source>Account holder (katakana)</source>
        <extracomment>口座名義（カナ） (care.json high-cost-care-benefit account_holder_kana)</extracomment>
        <translation>{口座|こうざ}の {名前|なまえ}（カタカナ）</translation>
    </message>
    <message>
        <source>My Number</source>
        <extracomment>個人番号 (care.json high-cost-care-benefit my_number)</extracomment>
        <translation>マイナンバー</translation>
    </message>
    <message>
        <source>Certification of the care cost ceiling</source>
        <extracomment>介護保険負担限度額認定申請 (care.json care-cost-ceiling-certification name)</extracomment>
        <translation>{介護|かいご}の お{金|かね}の {上限|じょうげん}を {決|き}める {申請|しんせい}</translation>
    </message>
    <message>
        <source>Savings</source>
        <extracomment>預貯金等の額 (care.json care-cost-ceiling-certification savings)</extracomment>
        <translation>{貯金|ちょきん}などの {金額|きんがく}</translation>
    </message>
    <message>
        <source>Has a spouse</source>
        <extracomment>配偶者がいる (care.json care-cost-ceiling-certification has_spouse)</extracomment>
        <translation>{結婚|けっこん}している {相手|あいて}が いる</translation>
    </message>
    <message>
        <source>Benefit for buying welfare equipment</source>
        <extracomment>居宅介護（介護予防）福祉用具購入費の支給申請 (care.json welfare-equipment-purchase name)</extracomment>
        <translation>{介護|かいご}の {道具|どうぐ}を {買|か}った お{金|かね}の {申請|しんせい}</translation>
    </message>
    <message>
        <source>Equipment bought</source>
        <extracomment>購入した福祉用具 (care.json welfare-equipment-purchase equipment)</extracomment>
        <translation>{買|か}った {道具|どうぐ}</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <extracomment>購入金額 (care.json welfare-equipment-purchase purchase_amount)</extracomment>
        <translation>{買|か}った {値段|ねだん}</translation>
    </message>
    <message>
        <source>Benefit for home modification</source>
        <extracomment>居宅介護（介護予防）住宅改修費の支給申請 (care.json home-modification-benefit name)</extracomment>
        <translation>{介護|かいご}のために {家|いえ}を なおした お{金|かね}の {申請|しんせい}</translation>
    </message>
    <message>
        <source>Work done</source>
        <extracomment>改修の内容 (care.json home-modification-benefit work)</extracomment>
        <translation>なおした ところ</translation>
    </message>
    <message>
        <source>Cost</source>
        <extracomment>改修費用 (care.json home-modification-benefit work_amount)</extracomment>
        <translation>なおした お{金|かね}</translation>
    </message>
    <message>
        <source>Care-need certification after moving</source>
        <extracomment>住所移転後の要介護・要支援認定申請 (care.json care-certification-after-move name)</extracomment>
        <translation>{引|ひ}っ{越|こ}したあとの {介護|かいご}の {認定|にんてい}の {申請|しんせい}</translation>
    </message>
    <message>
        <source>Previous municipality</source>
        <extracomment>前住所地の市区町村 (care.json care-certification-after-move previous_city)</extracomment>
        <translation>{前|まえ}に {住|す}んでいた {市|し}や{町|まち}</translation>
    </message>
    <message>
        <source>Certification at the previous address (certificate of eligibility)</source>
        <extracomment>前住所地での認定（受給資格証明書） (care.json care-certification-after-move previous_certification)</extracomment>
        <translation>{前|まえ}に {住|す}んでいた ところの {認定|にんてい}（{証明書|しょうめいしょ}）</translation>
    </message>
    <message>
        <source>Date of moving in</source>
        <extracomment>転入日 (care.json care-certification-after-move move_in_date)</extracomment>
        <translation>{引|ひ}っ{越|こ}して きた {日|ひ}</translation>
    </message>
    <message>
        <source>Application for care-need certification</source>
        <extracomment>要介護・要支援認定の申請 (care.json care-certification name)</extracomment>
        <translation>{介護|かいご}の {認定|にんてい}の {申請|しんせい}</translation>
    </message>
    <message>
        <source>Family doctor (clinic and name)</source>
        <extracomment>主治医（医療機関・医師名） (care.json care-certification doctor)</extracomment>
        <translation>いつも みてもらう {医者|いしゃ}（{病院|びょういん}と {医者|いしゃ}の {名前|なまえ}）</translation>
    </message>
    <message>
        <source>Current condition</source>
        <extracomment>現在の状況 (care.json care-certification condition)</extracomment>
        <translation>いまの ようす</translation>
    </message>
    <message>
        <source>Renewal of care-need certification</source>
        <extracomment>要介護・要支援更新認定の申請 (care.json care-certification-renewal name)</extracomment>
        <translation>{介護|かいご}の {認定|にんてい}を {続|つづ}ける {申請|しんせい}</translation>
    </message>
    <message>
        <source>Change of care-need level</source>
        <extracomment>要介護・要支援状態区分変更認定の申請 (care.json care-certification-change name)</extracomment>
        <translation>{介護|かいご}の {認定|にんてい}を {変|か}える {申請|しんせい}</translation>
    </message>
    <message>
        <source>Why the level should change</source>
        <extracomment>変更申請の理由 (care.json care-certification-change change_reason)</extracomment>
        <translation>{変|か}えたい わけ</translation>
    </message>
    <message>
        <source>Notice of care plan provider</source>
        <extracomment>居宅（介護予防）サービス計画作成（変更）依頼の届出 (care.json care-plan-notice name)</extracomment>
        <translation>{介護|かいご}の {計画|けいかく}を つくる {事業所|じぎょうしょ}の {届|とどけ}</translation>
    </message>
    <message>
        <source>Care management office</source>
        <extracomment>居宅介護支援事業者名 (care.json care-plan-notice care_manager_office)</extracomment>
        <translation>{事業所|じぎょうしょ}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Start date</source>
        <extracomment>開始日 (care.json care-plan-notice start_date)</extracomment>
        <translation>はじめる {日|ひ}</translation>
    </message>
    <message>
        <source>Reissue of the care cost-sharing card</source>
        <extracomment>介護保険負担割合証の再交付申請 (care.json care-burden-ratio-card-reissue name)</extracomment>
        <translation>{介護保険|かいごほけん}の {負担割合証|ふたんわりあいしょう}を もう{一度|いちど} もらう {申請|しんせい}</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>再交付の理由 (care.json care-burden-ratio-card-reissue reissue_reason)</extracomment>
        <translation>もう{一度|いちど} もらう わけ</translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>紛失 (care.json care-burden-ratio-card-reissue reissue_reason=lost)</extracomment>
        <translation>なくした</translation>
    </message>
    <message>
        <source>Damaged</source>
        <extracomment>破損・汚損 (care.json care-burden-ratio-card-reissue reissue_reason=damaged)</extracomment>
        <translation>こわれた・よごれた</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>その他 (care.json care-burden-ratio-card-reissue reissue_reason=other)</extracomment>
        <translation>そのほか</translation>
    </message>
    <message>
        <source>Reissue of the care insurance card</source>
        <extracomment>介護保険被保険者証の再交付申請 (care.json care-insurance-card-reissue name)</extracomment>
        <translation>{介護保険|かいごほけん}の {保険証|ほけんしょう}を もう{一度|いちど} もらう {申請|しんせい}</translation>
    </message>
    <message>
        <source>Long-term care insurance enrolment (moving in)</source>
        <extracomment>介護保険 資格取得届（転入） (care.json care-insurance-enrolment name)</extracomment>
        <translation>{引|ひ}っ{越|こ}して きた ときの {介護保険|かいごほけん}の {届|とどけ}</translation>
    </message>
    <message>
        <source>Insured person&apos;s name</source>
        <extracomment>被保険者氏名 (care.json care-insurance-enrolment insured_name)</extracomment>
        <translation>{保険|ほけん}に {入|はい}る {人|ひと}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Insured person&apos;s name (katakana)</source>
        <extracomment>被保険者氏名（フリガナ） (care.json care-insurance-enrolment insured_kana)</extracomment>
        <translation>{保険|ほけん}に {入|はい}る {人|ひと}の {名前|なまえ}（カタカナ）</translation>
    </message>
    <message>
        <source>Insured person&apos;s date of birth</source>
        <extracomment>被保険者生年月日 (care.json care-insurance-enrolment insured_birth_date)</extracomment>
        <translation>{保険|ほけん}に {入|はい}る {人|ひと}の {生|う}まれた{日|ひ}</translation>
    </message>
    <message>
        <source>Insured person&apos;s address</source>
        <extracomment>被保険者住所 (care.json care-insurance-enrolment insured_address)</extracomment>
        <translation>{保険|ほけん}に {入|はい}る {人|ひと}の {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>Previous insurer (municipality)</source>
        <extracomment>前住所地の保険者（市区町村） (care.json care-insurance-enrolment previous_insurer)</extracomment>
        <translation>{前|まえ}に {住|す}んでいた {市|し}や{町|まち}の {保険|ほけん}</translation>
    </message>
    <message>
        <source>Certificate of residence</source>
        <extracomment>住民票の写し (certificates.json resident-certificate name)</extracomment>
        <translation>{住民票|じゅうみんひょう}の{写|うつ}し</translation>
    </message>
    <message>
        <source>A letter of proxy when someone else applies</source>
        <extracomment>代理人の場合は委任状 (certificates.json resident-certificate documents[1])</extracomment>
        <translation>ほかの {人|ひと}が {来|き}たときは {委任状|いにんじょう}</translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <extracomment>請求者氏名 (certificates.json resident-certificate requester_name)</extracomment>
        <translation>{請求|せいきゅう}する {人|ひと}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Requester&apos;s name (katakana)</source>
        <extracomment>請求者氏名（フリガナ） (certificates.json resident-certificate requester_kana)</extracomment>
        <translation>{請求|せいきゅう}する {人|ひと}の {名前|なまえ}（カタカナ）</translation>
    </message>
    <message>
        <source>Requester&apos;s date of birth</source>
        <extracomment>請求者生年月日 (certificates.json resident-certificate requester_birth_date)</extracomment>
        <translation>{請求|せいきゅう}する {人|ひと}の {生|う}まれた{日|ひ}</translation>
    </message>
    <message>
        <source>Requester&apos;s address</source>
        <extracomment>請求者住所 (certificates.json resident-certificate requester_address)</extracomment>
        <translation>{請求|せいきゅう}する {人|ひと}の {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <extracomment>必要な通数 (certificates.json resident-certificate copies)</extracomment>
        <translation>いる {数|かず}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>使用目的 (certificates.json resident-certificate purpose)</extracomment>
        <translation>{何|なに}に {使|つか}うか</translation>
    </message>
    <message>
        <source>For an employer</source>
        <extracomment>勤務先に提出 (certificates.json resident-certificate purpose=employment)</extracomment>
        <translation>{会社|かいしゃ}に {出|だ}す</translation>
    </message>
    <message>
        <source>For a school</source>
        <extracomment>学校に提出 (certificates.json resident-certificate purpose=school)</extracomment>
        <translation>{学校|がっこう}に {出|だ}す</translation>
    </message>
    <message>
        <source>Housing</source>
        <extracomment>住宅関係 (certificates.json resident-certificate purpose=housing)</extracomment>
        <translation>{家|いえ}の こと</translation>
    </message>
    <message>
        <source>Pension or insurance</source>
        <extracomment>年金・保険の手続き (certificates.json resident-certificate purpose=pension)</extracomment>
        <translation>{年金|ねんきん}・{保険|ほけん}の {手続|てつづ}き</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <extracomment>自動車関係 (certificates.json resident-certificate purpose=vehicle)</extracomment>
        <translation>{車|くるま}の こと</translation>
    </message>
    <message>
        <source>Whole household or some members</source>
        <extracomment>世帯全員か一部か (certificates.json resident-certificate scope)</extracomment>
        <translation>{家族|かぞく} ぜんぶか、{一部|いちぶ}か</translation>
    </message>
    <message>
        <source>Whole household</source>
        <extracomment>世帯全員 (certificates.json resident-certificate scope=all)</extracomment>
        <translation>{家族|かぞく} ぜんぶ</translation>
    </message>
    <message>
        <source>Some members</source>
        <extracomment>世帯の一部 (certificates.json resident-certificate scope=some)</extracomment>
        <translation>{家族|かぞく}の {一部|いちぶ}</translation>
    </message>
    <message>
        <source>Show head of household and relationship</source>
        <extracomment>世帯主・続柄の記載 (certificates.json resident-certificate include_household_head)</extracomment>
        <translation>{世帯主|せたいぬし}と {続柄|つづきがら}を {書|か}く</translation>
    </message>
    <message>
        <source>Show registered domicile and head of family register</source>
        <extracomment>本籍・筆頭者の記載 (certificates.json resident-certificate include_honseki)</extracomment>
        <translation>{本籍|ほんせき}と {筆頭者|ひっとうしゃ}を {書|か}く</translation>
    </message>
    <message>
        <source>Seal registration certificate</source>
        <extracomment>印鑑登録証明書 (certificates.json seal-certificate name)</extracomment>
        <translation>{印鑑登録証明書|いんかんとうろくしょうめいしょ}</translation>
    </message>
    <message>
        <source>Seal registration card, or the My Number card with its PIN</source>
        <extracomment>印鑑登録証（カード）またはマイナンバーカード（コンビニ交付の暗証番号で） (certificates.json seal-certificate documents[0])</extracomment>
        <translation>{印鑑登録証|いんかんとうろくしょう}（カード）か、マイナンバーカード（{暗証番号|あんしょうばんごう}を {使|つか}います）</translation>
    </message>
    <message>
        <source>Seal registration number</source>
        <extracomment>印鑑登録番号 (certificates.json seal-certificate seal_number)</extracomment>
        <translation>{印鑑|いんかん}の {登録番号|とうろくばんごう}</translation>
    </message>
    <message>
        <source>Income and tax certificate</source>
        <extracomment>所得・課税証明書 (certificates.json income-tax-certificate name)</extracomment>
        <translation>{所得|しょとく}と {税金|ぜいきん}の {証明書|しょうめいしょ}</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <extracomment>年度 (certificates.json income-tax-certificate fiscal_year)</extracomment>
        <translation>{年度|ねんど}</translation>
    </message>
    <message>
        <source>Tax payment certificate</source>
        <extracomment>納税証明書 (certificates.json tax-payment-certificate name)</extracomment>
        <translation>{税金|ぜいきん}を はらった {証明書|しょうめいしょ}</translation>
    </message>
    <message>
        <source>Tax</source>
        <extracomment>税目 (certificates.json tax-payment-certificate tax_item)</extracomment>
        <translation>{税金|ぜいきん}の {種類|しゅるい}</translation>
    </message>
    <message>
        <source>Resident tax</source>
        <extracomment>住民税 (certificates.json tax-payment-certificate tax_item=resident)</extracomment>
        <translation>{住民税|じゅうみんぜい}</translation>
    </message>
    <message>
        <source>Property tax</source>
        <extracomment>固定資産税 (certificates.json tax-payment-certificate tax_item=property)</extracomment>
        <translation>{固定資産税|こていしさんぜい}</translation>
    </message>
    <message>
        <source>Light vehicle tax</source>
        <extracomment>軽自動車税 (certificates.json tax-payment-certificate tax_item=light_vehicle)</extracomment>
        <translation>{軽自動車税|けいじどうしゃぜい}</translation>
    </message>
    <message>
        <source>Light vehicle tax certificate (for inspection)</source>
        <extracomment>軽自動車税納税証明書（継続検査用） (certificates.json light-vehicle-tax-certificate name)</extracomment>
        <translation>{軽自動車税|けいじどうしゃぜい}を はらった {証明書|しょうめいしょ}（{車検|しゃけん}に {使|つか}う）</translation>
    </message>
    <message>
        <source>Vehicle inspection certificate</source>
        <extracomment>自動車検査証（車検証） (certificates.json light-vehicle-tax-certificate documents[0])</extracomment>
        <translation>{車検証|しゃけんしょう}</translation>
    </message>
    <message>
        <source>Number plate</source>
        <extracomment>標識番号（ナンバー） (certificates.json light-vehicle-tax-certificate vehicle_plate)</extracomment>
        <translation>ナンバー</translation>
    </message>
    <message>
        <source>Owner&apos;s (user&apos;s) name</source>
        <extracomment>所有者（使用者）氏名 (certificates.json light-vehicle-tax-certificate owner_name)</extracomment>
        <translation>{車|くるま}を {持|も}っている {人|ひと}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Owner&apos;s address</source>
        <extracomment>所有者（使用者）住所 (certificates.json light-vehicle-tax-certificate owner_address)</extracomment>
        <translation>{車|くるま}を {持|も}っている {人|ひと}の {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>Child allowance claim</source>
        <extracomment>児童手当 認定請求 (childcare.json child-allowance-claim name)</extracomment>
        <translation>{児童手当|じどうてあて}の {請求|せいきゅう}</translation>
    </message>
    <message>
        <source>Bank book or card of an account in the claimant&apos;s name</source>
        <extracomment>請求者名義の口座がわかるもの（通帳・キャッシュカード） (childcare.json child-allowance-claim documents[2])</extracomment>
        <translation>{請求|せいきゅう}する {人|ひと}の {口座|こうざ}が わかる もの（{通帳|つうちょう}・キャッシュカード）</translation>
    </message>
    <message>
        <source>Copy of the health insurance card (employees&apos; pension)</source>
        <extracomment>健康保険証の写し（厚生年金加入の方） (childcare.json child-allowance-claim documents[3])</extracomment>
        <translation>{健康保険証|けんこうほけんしょう}の コピー（{厚生年金|こうせいねんきん}の {人|ひと}）</translation>
    </message>
    <message>
        <source>Statement of care when a child lives elsewhere</source>
        <extracomment>児童と別居の場合は別居監護申立書 (childcare.json child-allowance-claim documents[4])</extracomment>
        <translation>{子|こ}どもと {別|べつ}に {住|す}んでいるときの {書類|しょるい}</translation>
    </message>
    <message>
        <source>Claimant&apos;s name</source>
        <extracomment>請求者氏名 (childcare.json child-allowance-claim claimant_name)</extracomment>
        <translation>{請求|せいきゅう}する {人|ひと}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Claimant&apos;s name (katakana)</source>
        <extracomment>請求者氏名（フリガナ） (childcare.json child-allowance-claim claimant_kana)</extracomment>
        <translation>{請求|せいきゅう}する {人|ひと}の {名前|なまえ}（カタカナ）</translation>
    </message>
    <message>
        <source>Claimant&apos;s date of birth</source>
        <extracomment>請求者生年月日 (childcare.json child-allowance-claim claimant_birth_date)</extracomment>
        <translation>{請求|せいきゅう}する {人|ひと}の {生|う}まれた{日|ひ}</translation>
    </message>
    <message>
        <source>Claimant&apos;s address</source>
        <extracomment>請求者住所 (childcare.json child-allowance-claim claimant_address)</extracomment>
        <translation>{請求|せいきゅう}する {人|ひと}の {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>Claimant&apos;s sex</source>
        <extracomment>請求者の性別 (childcare.json child-allowance-claim claimant_sex)</extracomment>
        <translation>{請求|せいきゅう}する {人|ひと}の {性別|せいべつ}</translation>
    </message>
    <message>
        <source>Male</source>
        <extracomment>男 (childcare.json child-allowance-claim claimant_sex=1)</extracomment>
        <translation>{男|おとこ}</translation>
    </message>
    <message>
        <source>Female</source>
        <extracomment>女 (childcare.json child-allowance-claim claimant_sex=2)</extracomment>
        <translation>{女|おんな}</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <extracomment>適用不能 (childcare.json child-allowance-claim claimant_sex=9)</extracomment>
        <translation>あてはまらない</translation>
    </message>
    <message>
        <source>Claimant&apos;s occupation</source>
        <extracomment>請求者の職業 (childcare.json child-allowance-claim claimant_occupation)</extracomment>
        <translation>{請求|せいきゅう}する {人|ひと}の {仕事|しごと}</translation>
    </message>
    <message>
        <source>Employee</source>
        <extracomment>会社員 (childcare.json child-allowance-claim claimant_occupation=employee)</extracomment>
        <translation>{会社員|かいしゃいん}</translation>
    </message>
    <message>
        <source>Civil servant</source>
        <extracomment>公務員 (childcare.json child-allowance-claim claimant_occupation=civil_servant)</extracomment>
        <translation>{公務員|こうむいん}</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <extracomment>自営業 (childcare.json child-allowance-claim claimant_occupation=self_employed)</extracomment>
        <translation>{自営業|じえいぎょう}</translation>
    </message>
    <message>
        <source>Not working</source>
        <extracomment>無職 (childcare.json child-allowance-claim claimant_occupation=none)</extracomment>
        <translation>{仕事|しごと}を していない</translation>
    </message>
    <message>
        <source>Pension scheme</source>
        <extracomment>加入している年金 (childcare.json child-allowance-claim pension)</extracomment>
        <translation>{入|はい}っている {年金|ねんきん}</translation>
    </message>
    <message>
        <source>Employees&apos; pension</source>
        <extracomment>厚生年金 (childcare.json child-allowance-claim pension=employees)</extracomment>
        <translation>{厚生年金|こうせいねんきん}</translation>
    </message>
    <message>
        <source>National pension</source>
        <extracomment>国民年金 (childcare.json child-allowance-claim pension=national)</extracomment>
        <translation>{国民年金|こくみんねんきん}</translation>
    </message>
    <message>
        <source>Mutual aid pension</source>
        <extracomment>共済年金 (childcare.json child-allowance-claim pension=mutual)</extracomment>
        <translation>{共済年金|きょうさいねんきん}</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>なし (childcare.json child-allowance-claim pension=none)</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Spouse&apos;s name</source>
        <extracomment>配偶者氏名 (childcare.json child-allowance-claim spouse_name)</extracomment>
        <translation>{結婚|けっこん}している {相手|あいて}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Spouse&apos;s My Number</source>
        <extracomment>配偶者の個人番号 (childcare.json child-allowance-claim spouse_my_number)</extracomment>
        <translation>{結婚|けっこん}している {相手|あいて}の マイナンバー</translation>
    </message>
    <message>
        <source>Children concerned (name, date of birth, relationship)</source>
        <extracomment>対象となる児童（氏名・生年月日・続柄） (childcare.json child-allowance-claim children)</extracomment>
        <translation>{子|こ}ども（{名前|なまえ}・{生|う}まれた{日|ひ}・{続柄|つづきがら}）</translation>
    </message>
    <message>
        <source>A child lives elsewhere</source>
        <extracomment>別居している児童がいる (childcare.json child-allowance-claim children_living_apart)</extracomment>
        <translation>{別|べつ}に {住|す}んでいる {子|こ}どもが いる</translation>
    </message>
    <message>
        <source>Reason for the claim</source>
        <extracomment>請求の理由 (childcare.json child-allowance-claim claim_reason)</extracomment>
        <translation>{請求|せいきゅう}する わけ</translation>
    </message>
    <message>
        <source>Birth</source>
        <extracomment>出生 (childcare.json child-allowance-claim claim_reason=birth)</extracomment>
        <translation>{生|う}まれた</translation>
    </message>
    <message>
        <source>Moving in</source>
        <extracomment>転入 (childcare.json child-allowance-claim claim_reason=move_in)</extracomment>
        <translation>{引|ひ}っ{越|こ}して きた</translation>
    </message>
    <message>
        <source>Date of birth or moving in</source>
        <extracomment>出生日・転入日 (childcare.json child-allowance-claim event_date)</extracomment>
        <translation>{生|う}まれた {日|ひ}か、{引|ひ}っ{越|こ}して きた {日|ひ}</translation>
    </message>
    <message>
        <source>Income of the previous year</source>
        <extracomment>前年（前々年）の所得 (childcare.json child-allowance-claim previous_income)</extracomment>
        <translation>{去年|きょねん}（おととし）の {所得|しょとく}</translation>
    </message>
    <message>
        <source>Claimant&apos;s My Number</source>
        <extracomment>請求者の個人番号 (childcare.json child-allowance-claim my_number)</extracomment>
        <translation>{請求|せいきゅう}する {人|ひと}の マイナンバー</translation>
    </message>
    <message>
        <source>Child allowance amount revision</source>
        <extracomment>児童手当 額改定の請求及び届出 (childcare.json child-allowance-revision name)</extracomment>
        <translation>{児童手当|じどうてあて}の {金額|きんがく}を {変|か}える {請求|せいきゅう}</translation>
    </message>
    <message>
        <source>More children</source>
        <extracomment>児童の増加 (childcare.json child-allowance-revision revision_reason=increase)</extracomment>
        <translation>{子|こ}どもが ふえた</translation>
    </message>
    <message>
        <source>Fewer children</source>
        <extracomment>児童の減少 (childcare.json child-allowance-revision revision_reason=decrease)</extracomment>
        <translation>{子|こ}どもが へった</translation>
    </message>
    <message>
        <source>Child allowance name or address change notice</source>
        <extracomment>児童手当 氏名変更／住所変更等の届出 (childcare.json child-allowance-change-notice name)</extracomment>
        <translation>{児童手当|じどうてあて}の {名前|なまえ}や {住所|じゅうしょ}が {変|か}わった {届|とどけ}</translation>
    </message>
    <message>
        <source>What changed</source>
        <extracomment>変更の内容 (childcare.json child-allowance-change-notice change_type)</extracomment>
        <translation>{変|か}わる こと</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>氏名 (childcare.json child-allowance-change-notice change_type=name)</extracomment>
        <translation>{名前|なまえ}</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>住所 (childcare.json child-allowance-change-notice change_type=address)</extracomment>
        <translation>{住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>Bank account</source>
        <extracomment>口座 (childcare.json child-allowance-change-notice change_type=account)</extracomment>
        <translation>{口座|こうざ}</translation>
    </message>
    <message>
        <source>Date of change</source>
        <extracomment>変更日 (childcare.json child-allowance-change-notice change_date)</extracomment>
        <translation>{変|か}わった {日|ひ}</translation>
    </message>
    <message>
        <source>New details</source>
        <extracomment>変更後の内容 (childcare.json child-allowance-change-notice new_value)</extracomment>
        <translation>{変|か}わった あとの こと</translation>
    </message>
    <message>
        <source>Child allowance lapse notice</source>
        <extracomment>児童手当 受給事由消滅の届出 (childcare.json child-allowance-lapse name)</extracomment>
        <translation>{児童手当|じどうてあて}を もらわなく なる {届|とどけ}</translation>
    </message>
    <message>
        <source>Moving out</source>
        <extracomment>転出 (childcare.json child-allowance-lapse lapse_reason=move_out)</extracomment>
        <translation>{引|ひ}っ{越|こ}して いく</translation>
    </message>
    <message>
        <source>No longer caring for a child</source>
        <extracomment>児童を養育しなくなった (childcare.json child-allowance-lapse lapse_reason=no_child)</extracomment>
        <translation>{子|こ}どもを {育|そだ}てなく なった</translation>
    </message>
    <message>
        <source>Became a civil servant</source>
        <extracomment>公務員になった (childcare.json child-allowance-lapse lapse_reason=civil_servant)</extracomment>
        <translation>{公務員|こうむいん}に なった</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>消滅日 (childcare.json child-allowance-lapse lapse_date)</extracomment>
        <translation>なくなる {日|ひ}</translation>
    </message>
    <message>
        <source>Claim for unpaid child allowance</source>
        <extracomment>未支払の児童手当等の請求 (childcare.json child-allowance-unpaid-claim name)</extracomment>
        <translation>まだ もらっていない {児童手当|じどうてあて}の {請求|せいきゅう}</translation>
    </message>
    <message>
        <source>Name of the deceased recipient</source>
        <extracomment>亡くなった受給者の氏名 (childcare.json child-allowance-unpaid-claim deceased_recipient)</extracomment>
        <translation>{亡|な}くなった {人|ひと}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Offer to donate child allowance</source>
        <extracomment>児童手当等に係る寄附の申出 (childcare.json child-allowance-donation name)</extracomment>
        <translation>{児童手当|じどうてあて}を {寄附|きふ}する {申|もう}し{出|で}</translation>
    </message>
    <message>
        <source>Amount to donate</source>
        <extracomment>寄附する額 (childcare.json child-allowance-donation donation_amount)</extracomment>
        <translation>{寄附|きふ}する お{金|かね}</translation>
    </message>
    <message>
        <source>Change to a child allowance donation</source>
        <extracomment>児童手当に係る寄附変更等の申出 (childcare.json child-allowance-donation-change name)</extracomment>
        <translation>{児童手当|じどうてあて}の {寄附|きふ}を {変|か}える {申|もう}し{出|で}</translation>
    </message>
    <message>
        <source>New amount</source>
        <extracomment>変更後の寄附額 (childcare.json child-allowance-donation-change donation_amount)</extracomment>
        <translation>{変|か}えた あとの {寄附|きふ}の お{金|かね}</translation>
    </message>
    <message>
        <source>Request to pay school fees from child allowance</source>
        <extracomment>受給資格者の申出による学校給食費等の徴収等の申出 (childcare.json school-fee-deduction name)</extracomment>
        <translation>{児童手当|じどうてあて}から {給食|きゅうしょく}の お{金|かね}などを はらう {申|もう}し{出|で}</translation>
    </message>
    <message>
        <source>Fees</source>
        <extracomment>徴収する費用 (childcare.json school-fee-deduction fee_kind)</extracomment>
        <translation>はらう お{金|かね}</translation>
    </message>
    <message>
        <source>School lunch</source>
        <extracomment>学校給食費 (childcare.json school-fee-deduction fee_kind=school_lunch)</extracomment>
        <translation>{学校|がっこう}の {給食|きゅうしょく}の お{金|かね}</translation>
    </message>
    <message>
        <source>Nursery fees</source>
        <extracomment>保育料 (childcare.json school-fee-deduction fee_kind=nursery)</extracomment>
        <translation>{保育料|ほいくりょう}</translation>
    </message>
    <message>
        <source>Change to paying school fees from child allowance</source>
        <extracomment>学校給食費等の徴収等の変更等の申出 (childcare.json school-fee-deduction-change name)</extracomment>
        <translation>{給食|きゅうしょく}の お{金|かね}などの はらいかたを {変|か}える {申|もう}し{出|で}</translation>
    </message>
    <message>
        <source>What changes</source>
        <extracomment>変更の内容 (childcare.json school-fee-deduction-change change_reason)</extracomment>
        <translation>{変|か}わる こと</translation>
    </message>
    <message>
        <source>Child allowance status report</source>
        <extracomment>児童手当等の現況届 (childcare.json child-allowance-status-report name)</extracomment>
        <translation>{児童手当|じどうてあて}の {現況届|げんきょうとどけ}</translation>
    </message>
    <message>
        <source>Application for childcare benefit certification</source>
        <extracomment>教育・保育給付認定（支給認定）の申請 (childcare.json childcare-benefit-certification name)</extracomment>
        <translation>{保育|ほいく}や {教育|きょういく}の {認定|にんてい}の {申請|しんせい}</translation>
    </message>
    <message>
        <source>Certification type</source>
        <extracomment>認定区分 (childcare.json childcare-benefit-certification certification_type)</extracomment>
        <translation>{認定|にんてい}の {種類|しゅるい}</translation>
    </message>
    <message>
        <source>Type 1 (education hours)</source>
        <extracomment>1号認定（教育標準時間） (childcare.json childcare-benefit-certification certification_type=1)</extracomment>
        <translation>1{号|ごう}（{幼稚園|ようちえん}など）</translation>
    </message>
    <message>
        <source>Type 2 (aged 3+, day care)</source>
        <extracomment>2号認定（満3歳以上・保育） (childcare.json childcare-benefit-certification certification_type=2)</extracomment>
        <translation>2{号|ごう}（3さい {以上|いじょう}・{保育|ほいく}）</translation>
    </message>
    <message>
        <source>Type 3 (under 3, day care)</source>
        <extracomment>3号認定（満3歳未満・保育） (childcare.json childcare-benefit-certification certification_type=3)</extracomment>
        <translation>3{号|ごう}（3さい より {下|した}・{保育|ほいく}）</translation>
    </message>
    <message>
        <source>Why day care is needed</source>
        <extracomment>保育を必要とする理由 (childcare.json childcare-benefit-certification care_need_reason)</extracomment>
        <translation>{保育|ほいく}が いる わけ</translation>
    </message>
    <message>
        <source>Work</source>
        <extracomment>就労 (childcare.json childcare-benefit-certification care_need_reason=work)</extracomment>
        <translation>{仕事|しごと}</translation>
    </message>
    <message>
        <source>Pregnancy or birth</source>
        <extracomment>妊娠・出産 (childcare.json childcare-benefit-certification care_need_reason=pregnancy)</extracomment>
        <translation>{妊娠|にんしん}・{出産|しゅっさん}</translation>
    </message>
    <message>
        <source>Illness or disability</source>
        <extracomment>疾病・障害 (childcare.json childcare-benefit-certification care_need_reason=illness)</extracomment>
        <translation>{病気|びょうき}・{障害|しょうがい}</translation>
    </message>
    <message>
        <source>Caring for a relative</source>
        <extracomment>介護・看護 (childcare.json childcare-benefit-certification care_need_reason=care)</extracomment>
        <translation>{家族|かぞく}の {介護|かいご}・{看病|かんびょう}</translation>
    </message>
    <message>
        <source>Application to use a childcare facility</source>
        <extracomment>保育施設等の利用申込 (childcare.json childcare-facility-application name)</extracomment>
        <translation>{保育園|ほいくえん}などを {使|つか}う {申|もう}し{込|こ}み</translation>
    </message>
    <message>
        <source>Preferred facilities (1st to 3rd)</source>
        <extracomment>希望する施設（第1～第3希望） (childcare.json childcare-facility-application preferred_facilities)</extracomment>
        <translation>{行|い}きたい {保育園|ほいくえん}（1～3ばん）</translation>
    </message>
    <message>
        <source>Preferred start date</source>
        <extracomment>利用開始希望日 (childcare.json childcare-facility-application start_date)</extracomment>
        <translation>はじめたい {日|ひ}</translation>
    </message>
    <message>
        <source>Childcare facility status report</source>
        <extracomment>保育施設等の現況届 (childcare.json childcare-facility-status-report name)</extracomment>
        <translation>{保育園|ほいくえん}などの {現況届|げんきょうとどけ}</translation>
    </message>
    <message>
        <source>Advance sending of the child-rearing allowance status report</source>
        <extracomment>児童扶養手当の現況届の事前送信 (childcare.json child-rearing-allowance-status-advance name)</extracomment>
        <translation>{児童扶養手当|じどうふようてあて}の {現況届|げんきょうとどけ}を {先|さき}に {送|おく}る</translation>
    </message>
    <message>
        <source>Living situation</source>
        <extracomment>生活の状況 (childcare.json child-rearing-allowance-status-advance living_situation)</extracomment>
        <translation>くらしの ようす</translation>
    </message>
    <message>
        <source>Pregnancy notice</source>
        <extracomment>妊娠の届出 (childcare.json pregnancy-notice name)</extracomment>
        <translation>{妊娠|にんしん}の {届|とどけ}</translation>
    </message>
    <message>
        <source>For a proxy: letter of proxy and the proxy&apos;s proof of identity</source>
        <extracomment>代理人の場合は委任状と代理人の本人確認書類 (childcare.json pregnancy-notice documents[2])</extracomment>
        <translation>ほかの {人|ひと}が {来|き}たときは {委任状|いにんじょう}と その {人|ひと}の {本人確認|ほんにんかくにん}の{書類|しょるい}</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s name</source>
        <extracomment>妊婦氏名 (childcare.json pregnancy-notice mother_name)</extracomment>
        <translation>{妊娠|にんしん}している {人|ひと}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s name (katakana)</source>
        <extracomment>妊婦氏名（フリガナ） (childcare.json pregnancy-notice mother_kana)</extracomment>
        <translation>{妊娠|にんしん}している {人|ひと}の {名前|なまえ}（カタカナ）</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s date of birth</source>
        <extracomment>妊婦生年月日 (childcare.json pregnancy-notice mother_birth_date)</extracomment>
        <translation>{妊娠|にんしん}している {人|ひと}の {生|う}まれた{日|ひ}</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s address</source>
        <extracomment>妊婦住所 (childcare.json pregnancy-notice mother_address)</extracomment>
        <translation>{妊娠|にんしん}している {人|ひと}の {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>Expected delivery date</source>
        <extracomment>出産予定日 (childcare.json pregnancy-notice expected_delivery_date)</extracomment>
        <translation>{生|う}まれる {予定|よてい}の {日|ひ}</translation>
    </message>
    <message>
        <source>Weeks of pregnancy (today)</source>
        <extracomment>妊娠週数（届出日現在） (childcare.json pregnancy-notice weeks_pregnant)</extracomment>
        <translation>{妊娠|にんしん} {何|なん}{週|しゅう}か（{今日|きょう}）</translation>
    </message>
    <message>
        <source>Medical institution that confirmed the pregnancy</source>
        <extracomment>診断を受けた医療機関 (childcare.json pregnancy-notice diagnosis_institution)</extracomment>
        <translation>{妊娠|にんしん}が わかった {病院|びょういん}</translation>
    </message>
    <message>
        <source>Multiple pregnancy (twins, etc.)</source>
        <extracomment>多胎妊娠（双子など） (childcare.json pregnancy-notice multiple_pregnancy)</extracomment>
        <translation>ふたごなど</translation>
    </message>
    <message>
        <source>Number of babies</source>
        <extracomment>胎児の数 (childcare.json pregnancy-notice number_of_babies)</extracomment>
        <translation>おなかの {赤|あか}ちゃんの {数|かず}</translation>
    </message>
    <message>
        <source>Previous births</source>
        <extracomment>これまでの出産回数 (childcare.json pregnancy-notice previous_births)</extracomment>
        <translation>いままでに {産|う}んだ {回数|かいすう}</translation>
    </message>
    <message>
        <source>Occupation</source>
        <extracomment>妊婦の職業 (childcare.json pregnancy-notice occupation)</extracomment>
        <translation>{仕事|しごと}</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <extracomment>パートナーの氏名 (childcare.json pregnancy-notice partner_name)</extracomment>
        <translation>パートナーの {名前|なまえ}</translation>
    </message>
    <message>
        <source>Wishes to talk with a public health nurse</source>
        <extracomment>保健師との面談を希望する (childcare.json pregnancy-notice interview_consent)</extracomment>
        <translation>{保健師|ほけんし}と {話|はな}したい</translation>
    </message>
    <message>
        <source>The expectant mother files herself</source>
        <extracomment>届出人が妊婦本人である (childcare.json pregnancy-notice notifier_is_mother)</extracomment>
        <translation>{妊娠|にんしん}している {人|ひと}が {自分|じぶん}で {届|とど}ける</translation>
    </message>
    <message>
        <source>Expectant mother&apos;s My Number</source>
        <extracomment>妊婦の個人番号 (childcare.json pregnancy-notice my_number)</extracomment>
        <translation>{妊娠|にんしん}している {人|ひと}の マイナンバー</translation>
    </message>
    <message>
        <source>Infant medical expense certificate application</source>
        <extracomment>乳幼児医療証 交付申請 (childcare.json infant-medical-certificate name)</extracomment>
        <translation>{子|こ}どもの {医療証|いりょうしょう}を もらう {申請|しんせい}</translation>
    </message>
    <message>
        <source>Child&apos;s health insurance card (later if enrolment is pending)</source>
        <extracomment>お子さまの健康保険証（加入手続き中の場合は後日） (childcare.json infant-medical-certificate documents[1])</extracomment>
        <translation>{子|こ}どもの {健康保険証|けんこうほけんしょう}（まだ ないときは あとで）</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <extracomment>保護者氏名 (childcare.json infant-medical-certificate guardian_name)</extracomment>
        <translation>{親|おや}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Guardian&apos;s name (katakana)</source>
        <extracomment>保護者氏名（フリガナ） (childcare.json infant-medical-certificate guardian_kana)</extracomment>
        <translation>{親|おや}の {名前|なまえ}（カタカナ）</translation>
    </message>
    <message>
        <source>Guardian&apos;s date of birth</source>
        <extracomment>保護者生年月日 (childcare.json infant-medical-certificate guardian_birth_date)</extracomment>
        <translation>{親|おや}の {生|う}まれた{日|ひ}</translation>
    </message>
    <message>
        <source>Guardian&apos;s address</source>
        <extracomment>保護者住所 (childcare.json infant-medical-certificate guardian_address)</extracomment>
        <translation>{親|おや}の {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>Child&apos;s health insurance</source>
        <extracomment>お子さまの健康保険 (childcare.json infant-medical-certificate health_insurance)</extracomment>
        <translation>{子|こ}どもの {健康保険|けんこうほけん}</translation>
    </message>
    <message>
        <source>Disaster victim certificate request</source>
        <extracomment>罹災証明書 交付申請 (disaster.json disaster-certificate name)</extracomment>
        <translation>{災害|さいがい}の {証明書|しょうめいしょ}（{罹災証明書|りさいしょうめいしょ}）の {申請|しんせい}</translation>
    </message>
    <message>
        <source>Photos showing the damage</source>
        <extracomment>被害状況がわかる写真 (disaster.json disaster-certificate documents[1])</extracomment>
        <translation>こわれた ようすが わかる {写真|しゃしん}</translation>
    </message>
    <message>
        <source>Disaster</source>
        <extracomment>災害名 (disaster.json disaster-certificate disaster_name)</extracomment>
        <translation>{災害|さいがい}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Date of the damage</source>
        <extracomment>被災した日 (disaster.json disaster-certificate disaster_date)</extracomment>
        <translation>{被害|ひがい}に あった {日|ひ}</translation>
    </message>
    <message>
        <source>Address of the damaged home</source>
        <extracomment>被害を受けた住家の所在地 (disaster.json disaster-certificate damaged_property_address)</extracomment>
        <translation>こわれた {家|いえ}の ところ</translation>
    </message>
    <message>
        <source>Ownership of the home</source>
        <extracomment>住家の所有関係 (disaster.json disaster-certificate ownership)</extracomment>
        <translation>{家|いえ}は {自分|じぶん}の ものか</translation>
    </message>
    <message>
        <source>Owned</source>
        <extracomment>持家 (disaster.json disaster-certificate ownership=owner)</extracomment>
        <translation>{自分|じぶん}の {家|いえ}</translation>
    </message>
    <message>
        <source>Rented</source>
        <extracomment>借家 (disaster.json disaster-certificate ownership=tenant)</extracomment>
        <translation>{借|か}りている {家|いえ}</translation>
    </message>
    <message>
        <source>Type of building</source>
        <extracomment>住家の構造 (disaster.json disaster-certificate building_type)</extracomment>
        <translation>{家|いえ}の つくり</translation>
    </message>
    <message>
        <source>Wooden</source>
        <extracomment>木造 (disaster.json disaster-certificate building_type=wooden)</extracomment>
        <translation>{木|き}の {家|いえ}</translation>
    </message>
    <message>
        <source>Steel</source>
        <extracomment>鉄骨造 (disaster.json disaster-certificate building_type=steel)</extracomment>
        <translation>{鉄骨|てっこつ}の {家|いえ}</translation>
    </message>
    <message>
        <source>Reinforced concrete</source>
        <extracomment>鉄筋コンクリート造 (disaster.json disaster-certificate building_type=rc)</extracomment>
        <translation>コンクリートの {家|いえ}</translation>
    </message>
    <message>
        <source>Cause of damage</source>
        <extracomment>被害の原因 (disaster.json disaster-certificate damage_type)</extracomment>
        <translation>{被害|ひがい}の もと</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <extracomment>地震 (disaster.json disaster-certificate damage_type=earthquake)</extracomment>
        <translation>{地震|じしん}</translation>
    </message>
    <message>
        <source>Flood</source>
        <extracomment>浸水 (disaster.json disaster-certificate damage_type=flood)</extracomment>
        <translation>{水|みず}が {入|はい}った</translation>
    </message>
    <message>
        <source>Wind</source>
        <extracomment>風害 (disaster.json disaster-certificate damage_type=wind)</extracomment>
        <translation>{風|かぜ}</translation>
    </message>
    <message>
        <source>Fire</source>
        <extracomment>火災 (disaster.json disaster-certificate damage_type=fire)</extracomment>
        <translation>{火事|かじ}</translation>
    </message>
    <message>
        <source>Landslide</source>
        <extracomment>土砂災害 (disaster.json disaster-certificate damage_type=landslide)</extracomment>
        <translation>{土砂崩|どしゃくず}れ</translation>
    </message>
    <message>
        <source>Description of the damage</source>
        <extracomment>被害の状況 (disaster.json disaster-certificate damage_description)</extracomment>
        <translation>{被害|ひがい}の ようす</translation>
    </message>
    <message>
        <source>Photos of the damage are provided</source>
        <extracomment>被害状況の写真を提出する (disaster.json disaster-certificate photos_provided)</extracomment>
        <translation>{被害|ひがい}の {写真|しゃしん}を {出|だ}す</translation>
    </message>
    <message>
        <source>Household members</source>
        <extracomment>世帯員 (disaster.json disaster-certificate household_members)</extracomment>
        <translation>{家族|かぞく}</translation>
    </message>
    <message>
        <source>Requester&apos;s relationship to the victim</source>
        <extracomment>申請者と被災者の関係 (disaster.json disaster-certificate requester_relationship)</extracomment>
        <translation>{申請|しんせい}する {人|ひと}と {被害|ひがい}に あった {人|ひと}の {関係|かんけい}</translation>
    </message>
    <message>
        <source>Self</source>
        <extracomment>本人 (disaster.json disaster-certificate requester_relationship=self)</extracomment>
        <translation>{自分|じぶん}</translation>
    </message>
    <message>
        <source>Household member</source>
        <extracomment>同一世帯の方 (disaster.json disaster-certificate requester_relationship=household)</extracomment>
        <translation>いっしょに {住|す}む {家族|かぞく}</translation>
    </message>
    <message>
        <source>Proxy</source>
        <extracomment>代理人 (disaster.json disaster-certificate requester_relationship=proxy)</extracomment>
        <translation>{代理|だいり}の {人|ひと}</translation>
    </message>
    <message>
        <source>Move-in notice</source>
        <extracomment>転入届 (life-events.json move-in name)</extracomment>
        <translation>{転入届|てんにゅうとどけ}</translation>
    </message>
    <message>
        <source>Move-out certificate (not needed with the My Number card special procedure)</source>
        <extracomment>転出証明書（マイナンバーカードによる特例の場合は不要） (life-events.json move-in documents[1])</extracomment>
        <translation>{転出証明書|てんしゅつしょうめいしょ}（マイナンバーカードの {特例|とくれい}では いりません）</translation>
    </message>
    <message>
        <source>My Number cards of everyone moving in</source>
        <extracomment>転入する方全員のマイナンバーカード (life-events.json move-in documents[2])</extracomment>
        <translation>{引|ひ}っ{越|こ}して くる {人|ひと} ぜんいんの マイナンバーカード</translation>
    </message>
    <message>
        <source>Notifier&apos;s name</source>
        <extracomment>届出人氏名 (life-events.json move-in notifier_name)</extracomment>
        <translation>{届|とど}ける {人|ひと}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Notifier&apos;s name (katakana)</source>
        <extracomment>届出人氏名（フリガナ） (life-events.json move-in notifier_kana)</extracomment>
        <translation>{届|とど}ける {人|ひと}の {名前|なまえ}（カタカナ）</translation>
    </message>
    <message>
        <source>Notifier&apos;s date of birth</source>
        <extracomment>届出人生年月日 (life-events.json move-in notifier_birth_date)</extracomment>
        <translation>{届|とど}ける {人|ひと}の {生|う}まれた{日|ひ}</translation>
    </message>
    <message>
        <source>Notifier&apos;s address</source>
        <extracomment>届出人住所 (life-events.json move-in notifier_address)</extracomment>
        <translation>{届|とど}ける {人|ひと}の {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>Date you moved in</source>
        <extracomment>転入した日（住み始めた日） (life-events.json move-in move_in_date)</extracomment>
        <translation>{引|ひ}っ{越|こ}して きた {日|ひ}（{住|す}みはじめた {日|ひ}）</translation>
    </message>
    <message>
        <source>Previous address</source>
        <extracomment>前住所 (life-events.json move-in previous_address)</extracomment>
        <translation>{前|まえ}の {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>New address</source>
        <extracomment>新しい住所 (life-events.json move-in new_address)</extracomment>
        <translation>{新|あたら}しい {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>Postal code of the new address</source>
        <extracomment>新しい住所の郵便番号 (life-events.json move-in new_postal_code)</extracomment>
        <translation>{新|あたら}しい {住所|じゅうしょ}の {郵便番号|ゆうびんばんごう}</translation>
    </message>
    <message>
        <source>Head of household&apos;s name</source>
        <extracomment>世帯主氏名 (life-events.json move-in head_of_household)</extracomment>
        <translation>{世帯主|せたいぬし}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>People concerned (name, date of birth, relationship)</source>
        <extracomment>異動する方（氏名・生年月日・続柄） (life-events.json move-in members)</extracomment>
        <translation>{引|ひ}っ{越|こ}す {人|ひと}（{名前|なまえ}・{生|う}まれた{日|ひ}・{続柄|つづきがら}）</translation>
    </message>
    <message>
        <source>Move-out certificate</source>
        <extracomment>転出証明書の種類 (life-events.json move-in moving_out_certificate)</extracomment>
        <translation>{転出証明書|てんしゅつしょうめいしょ}の {種類|しゅるい}</translation>
    </message>
    <message>
        <source>Paper move-out certificate</source>
        <extracomment>転出証明書（紙） (life-events.json move-in moving_out_certificate=paper)</extracomment>
        <translation>{紙|かみ}の {転出証明書|てんしゅつしょうめいしょ}</translation>
    </message>
    <message>
        <source>Move-in notice with the My Number card (special procedure)</source>
        <extracomment>マイナンバーカードによる転入届の特例 (life-events.json move-in moving_out_certificate=card)</extracomment>
        <translation>マイナンバーカードを {使|つか}う {転入届|てんにゅうとどけ}の {特例|とくれい}</translation>
    </message>
    <message>
        <source>Someone had a long-term care certification at the previous address</source>
        <extracomment>前住所地で要介護・要支援認定を受けていた方がいる (life-events.json move-in has_care_certification)</extracomment>
        <translation>{前|まえ}の {町|まち}で {介護|かいご}の {認定|にんてい}を もらっていた {人|ひと}が いる</translation>
    </message>
    <message>
        <source>Received child allowance at the previous address</source>
        <extracomment>前住所地で児童手当を受給していた (life-events.json move-in receives_child_allowance)</extracomment>
        <translation>{前|まえ}の {町|まち}で {児童手当|じどうてあて}を もらっていた</translation>
    </message>
    <message>
        <source>Move-out notice</source>
        <extracomment>転出届 (life-events.json move-out name)</extracomment>
        <translation>{転出届|てんしゅつとどけ}</translation>
    </message>
    <message>
        <source>Seal registration card (if registered)</source>
        <extracomment>印鑑登録証（登録している方） (life-events.json move-out documents[1])</extracomment>
        <translation>{印鑑登録証|いんかんとうろくしょう}（{登録|とうろく}している {人|ひと}）</translation>
    </message>
    <message>
        <source>National health insurance card (if insured)</source>
        <extracomment>国民健康保険証（加入している方） (life-events.json move-out documents[2])</extracomment>
        <translation>{国民健康保険証|こくみんけんこうほけんしょう}（{入|はい}っている {人|ひと}）</translation>
    </message>
    <message>
        <source>Date of moving out (planned)</source>
        <extracomment>転出する日（予定日） (life-events.json move-out move_out_date)</extracomment>
        <translation>{引|ひ}っ{越|こ}して いく {日|ひ}（{予定|よてい}）</translation>
    </message>
    <message>
        <source>Address you are moving to</source>
        <extracomment>転出先の住所 (life-events.json move-out new_address)</extracomment>
        <translation>{引|ひ}っ{越|こ}して いく {先|さき}の {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>Change-of-address notice</source>
        <extracomment>転居届 (life-events.json move-within name)</extracomment>
        <translation>{転居届|てんきょとどけ}</translation>
    </message>
    <message>
        <source>My Number cards of everyone moving</source>
        <extracomment>転居する方全員のマイナンバーカード (life-events.json move-within documents[1])</extracomment>
        <translation>{引|ひ}っ{越|こ}す {人|ひと} ぜんいんの マイナンバーカード</translation>
    </message>
    <message>
        <source>Date you moved</source>
        <extracomment>転居した日 (life-events.json move-within move_date)</extracomment>
        <translation>{引|ひ}っ{越|こ}した {日|ひ}</translation>
    </message>
    <message>
        <source>Birth registration</source>
        <extracomment>出生届 (life-events.json birth name)</extracomment>
        <translation>{出生届|しゅっしょうとどけ}</translation>
    </message>
    <message>
        <source>Certificate of birth (right half of the form)</source>
        <extracomment>出生証明書（出生届の右側） (life-events.json birth documents[0])</extracomment>
        <translation>{出生証明書|しゅっしょうしょうめいしょ}（{届|とどけ}の {紙|かみ}の {右|みぎ}がわ）</translation>
    </message>
    <message>
        <source>Maternal and child health handbook</source>
        <extracomment>母子健康手帳 (life-events.json birth documents[1])</extracomment>
        <translation>{母子健康手帳|ぼしけんこうてちょう}</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <extracomment>子の氏名 (life-events.json birth child_name)</extracomment>
        <translation>{子|こ}どもの {名前|なまえ}</translation>
    </message>
    <message>
        <source>Child&apos;s name (katakana)</source>
        <extracomment>子の氏名（フリガナ） (life-events.json birth child_kana)</extracomment>
        <translation>{子|こ}どもの {名前|なまえ}（カタカナ）</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <extracomment>生まれた日 (life-events.json birth child_birth_date)</extracomment>
        <translation>{生|う}まれた {日|ひ}</translation>
    </message>
    <message>
        <source>Child&apos;s sex</source>
        <extracomment>子の性別 (life-events.json birth child_sex)</extracomment>
        <translation>{子|こ}どもの {性別|せいべつ}</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <extracomment>生まれたところ (life-events.json birth birthplace)</extracomment>
        <translation>{生|う}まれた ところ</translation>
    </message>
    <message>
        <source>Relationship to the parents</source>
        <extracomment>父母との続柄 (life-events.json birth relationship_to_parents)</extracomment>
        <translation>{父|ちち}と {母|はは}との {続柄|つづきがら}</translation>
    </message>
    <message>
        <source>Child born in wedlock</source>
        <extracomment>嫡出子 (life-events.json birth relationship_to_parents=legitimate)</extracomment>
        <translation>{結婚|けっこん}している {親|おや}の {子|こ}ども</translation>
    </message>
    <message>
        <source>Child born out of wedlock</source>
        <extracomment>嫡出でない子 (life-events.json birth relationship_to_parents=non_legitimate)</extracomment>
        <translation>{結婚|けっこん}していない {親|おや}の {子|こ}ども</translation>
    </message>
    <message>
        <source>Death registration</source>
        <extracomment>死亡届 (life-events.json death name)</extracomment>
        <translation>{死亡届|しぼうとどけ}</translation>
    </message>
    <message>
        <source>Medical certificate of death</source>
        <extracomment>死亡診断書（死体検案書） (life-events.json death documents[0])</extracomment>
        <translation>{死亡診断書|しぼうしんだんしょ}</translation>
    </message>
    <message>
        <source>Name of the deceased</source>
        <extracomment>亡くなった方の氏名 (life-events.json death deceased_name)</extracomment>
        <translation>{亡|な}くなった {人|ひと}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Date of death</source>
        <extracomment>亡くなった日 (life-events.json death date_of_death)</extracomment>
        <translation>{亡|な}くなった {日|ひ}</translation>
    </message>
    <message>
        <source>Place of death</source>
        <extracomment>亡くなったところ (life-events.json death place_of_death)</extracomment>
        <translation>{亡|な}くなった ところ</translation>
    </message>
    <message>
        <source>Notifier&apos;s relationship to the deceased</source>
        <extracomment>届出人の資格 (life-events.json death notifier_relationship)</extracomment>
        <translation>{届|とど}ける {人|ひと}と {亡|な}くなった {人|ひと}の {関係|かんけい}</translation>
    </message>
    <message>
        <source>Relative living together</source>
        <extracomment>同居の親族 (life-events.json death notifier_relationship=relative)</extracomment>
        <translation>いっしょに {住|す}んでいた {家族|かぞく}</translation>
    </message>
    <message>
        <source>Other relative</source>
        <extracomment>その他の親族 (life-events.json death notifier_relationship=other_relative)</extracomment>
        <translation>そのほかの {家族|かぞく}</translation>
    </message>
    <message>
        <source>Marriage registration</source>
        <extracomment>婚姻届 (life-events.json marriage name)</extracomment>
        <translation>{婚姻届|こんいんとどけ}</translation>
    </message>
    <message>
        <source>Signatures of two witnesses</source>
        <extracomment>証人2名の署名 (life-events.json marriage documents[1])</extracomment>
        <translation>{証人|しょうにん} 2{人|にん}の サイン</translation>
    </message>
    <message>
        <source>Family register copy (when filing outside the registered domicile; may be unnecessary through data linkage)</source>
        <extracomment>戸籍謄本（本籍地以外に届け出る場合。戸籍情報連携で不要になる場合があります） (life-events.json marriage documents[2])</extracomment>
        <translation>{戸籍謄本|こせきとうほん}（いらない ときも あります）</translation>
    </message>
    <message>
        <source>Husband&apos;s name</source>
        <extracomment>夫になる人の氏名 (life-events.json marriage husband_name)</extracomment>
        <translation>{夫|おっと}に なる {人|ひと}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Husband&apos;s date of birth</source>
        <extracomment>夫になる人の生年月日 (life-events.json marriage husband_birth_date)</extracomment>
        <translation>{夫|おっと}に なる {人|ひと}の {生|う}まれた{日|ひ}</translation>
    </message>
    <message>
        <source>Wife&apos;s name</source>
        <extracomment>妻になる人の氏名 (life-events.json marriage wife_name)</extracomment>
        <translation>{妻|つま}に なる {人|ひと}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Wife&apos;s date of birth</source>
        <extracomment>妻になる人の生年月日 (life-events.json marriage wife_birth_date)</extracomment>
        <translation>{妻|つま}に なる {人|ひと}の {生|う}まれた{日|ひ}</translation>
    </message>
    <message>
        <source>Surname after marriage</source>
        <extracomment>婚姻後の夫婦の氏 (life-events.json marriage marriage_surname)</extracomment>
        <translation>{結婚|けっこん}したあとの {名字|みょうじ}</translation>
    </message>
    <message>
        <source>Husband&apos;s surname</source>
        <extracomment>夫の氏 (life-events.json marriage marriage_surname=husband)</extracomment>
        <translation>{夫|おっと}の {名字|みょうじ}</translation>
    </message>
    <message>
        <source>Wife&apos;s surname</source>
        <extracomment>妻の氏 (life-events.json marriage marriage_surname=wife)</extracomment>
        <translation>{妻|つま}の {名字|みょうじ}</translation>
    </message>
    <message>
        <source>Address after marriage</source>
        <extracomment>婚姻後の住所 (life-events.json marriage new_address)</extracomment>
        <translation>{結婚|けっこん}したあとの {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>Either spouse has a child under 18</source>
        <extracomment>届出人に18歳未満の子がいる (life-events.json marriage has_children)</extracomment>
        <translation>18さいより {下|した}の {子|こ}どもが いる</translation>
    </message>
    <message>
        <source>Divorce registration</source>
        <extracomment>離婚届 (life-events.json divorce name)</extracomment>
        <translation>{離婚届|りこんとどけ}</translation>
    </message>
    <message>
        <source>Signatures of two witnesses (divorce by agreement)</source>
        <extracomment>証人2名の署名（協議離婚の場合） (life-events.json divorce documents[1])</extracomment>
        <translation>{証人|しょうにん} 2{人|にん}の サイン（{話|はな}し{合|あ}いの {離婚|りこん}）</translation>
    </message>
    <message>
        <source>Type of divorce</source>
        <extracomment>離婚の種別 (life-events.json divorce divorce_type)</extracomment>
        <translation>{離婚|りこん}の {種類|しゅるい}</translation>
    </message>
    <message>
        <source>By agreement</source>
        <extracomment>協議離婚 (life-events.json divorce divorce_type=agreement)</extracomment>
        <translation>{話|はな}し{合|あ}い</translation>
    </message>
    <message>
        <source>By mediation</source>
        <extracomment>調停離婚 (life-events.json divorce divorce_type=mediation)</extracomment>
        <translation>{調停|ちょうてい}</translation>
    </message>
    <message>
        <source>By judgment</source>
        <extracomment>裁判離婚 (life-events.json divorce divorce_type=judgment)</extracomment>
        <translation>{裁判|さいばん}</translation>
    </message>
    <message>
        <source>Parent with custody of minor children</source>
        <extracomment>未成年の子の親権者 (life-events.json divorce custody)</extracomment>
        <translation>{子|こ}どもの {親権者|しんけんしゃ}</translation>
    </message>
    <message>
        <source>Husband</source>
        <extracomment>夫 (life-events.json divorce custody=husband)</extracomment>
        <translation>{夫|おっと}</translation>
    </message>
    <message>
        <source>Wife</source>
        <extracomment>妻 (life-events.json divorce custody=wife)</extracomment>
        <translation>{妻|つま}</translation>
    </message>
    <message>
        <source>Address after divorce</source>
        <extracomment>離婚後の住所 (life-events.json divorce new_address)</extracomment>
        <translation>{離婚|りこん}したあとの {住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>The Citizens Division counter at the city hall (weekdays 8:30 to 17:00). Please bring this sheet.</source>
        <extracomment>市役所 市民課の窓口（平日 8時30分から17時まで）。この紙を持って来てください。 (guidance.json contact)</extracomment>
        <translation>{市役所|しやくしょ}の {市民課|しみんか}の {窓口|まどぐち}です。{平日|へいじつ}の 8:30から 17:00まで {開|あ}いて います。この {紙|かみ}を {持|も}って {来|き}て ください。</translation>
    </message>
    <message>
        <source>Notices about health insurance and taxes will arrive by post at your new address.</source>
        <extracomment>新しい住所に、健康保険や税のお知らせが郵便で届きます。 (guidance.json categories life_event)</extracomment>
        <translation>{新|あたら}しい {住所|じゅうしょ}に、{健康保険|けんこうほけん}や {税金|ぜいきん}の お{知|し}らせが {郵便|ゆうびん}で {届|とど}きます。</translation>
    </message>
    <message>
        <source>The certificates you received today complete the procedure. Nothing will arrive by post.</source>
        <extracomment>今日受け取った証明書で手続きは終わりです。郵便で届くものはありません。 (guidance.json categories certificate)</extracomment>
        <translation>{今日|きょう} もらった {証明書|しょうめいしょ}で {手続|てつづ}きは {終|お}わりです。{郵便|ゆうびん}で {届|とど}く ものは ありません。</translation>
    </message>
    <message>
        <source>The result of the review will arrive by post in about one month.</source>
        <extracomment>審査の結果は、約1か月後に郵便で届きます。 (guidance.json categories childcare)</extracomment>
        <translation>{結果|けっか}は、1か{月|げつ}ぐらいで {郵便|ゆうびん}で {届|とど}きます。</translation>
    </message>
    <message>
        <source>The result will arrive by post. It usually takes about 30 days.</source>
        <extracomment>結果は郵便で届きます。ふつう30日ほどかかります。 (guidance.json categories care)</extracomment>
        <translation>{結果|けっか}は {郵便|ゆうびん}で {届|とど}きます。ふつう 30{日|にち}ぐらい かかります。</translation>
    </message>
    <message>
        <source>The city will contact you about the survey of the damage.</source>
        <extracomment>被害の調査について、市から連絡があります。 (guidance.json categories disaster)</extracomment>
        <translation>{被害|ひがい}の {調査|ちょうさ}について、{市|し}から {連絡|れんらく}が あります。</translation>
    </message>
    <message>
        <source>The address on your My Number card was updated in today&apos;s procedure.</source>
        <extracomment>マイナンバーカードの住所は、今日の手続きで書き換えました。 (guidance.json procedures move-in)</extracomment>
        <translation>マイナンバーカードの {住所|じゅうしょ}は、{今日|きょう}の {手続|てつづ}きで {変|か}えました。</translation>
    </message>
    <message>
        <source>Please file a move-in notice at your new municipality within 14 days of moving.</source>
        <extracomment>新しい市区町村で、引っ越した日から14日以内に転入届を出してください。 (guidance.json procedures move-out)</extracomment>
        <translation>{新|あたら}しい {市|し}や {町|まち}で、{引|ひ}っ{越|こ}した {日|ひ}から 14{日|にち}の うちに {転入届|てんにゅうとどけ}を {出|だ}して ください。</translation>
    </message>
    <message>
        <source>Please claim the child allowance within 15 days of the day after the birth.</source>
        <extracomment>児童手当は、生まれた日の翌日から15日以内に請求してください。 (guidance.json procedures birth)</extracomment>
        <translation>{児童手当|じどうてあて}は、{生|う}まれた {日|ひ}の {次|つぎ}の {日|ひ}から 15{日|にち}の うちに {請求|せいきゅう}して ください。</translation>
    </message>
    <message>
        <source>The child allowance is paid into your account from the month after it is approved.</source>
        <extracomment>児童手当は、認定された月の翌月分から口座に振り込まれます。 (guidance.json procedures child-allowance-claim)</extracomment>
        <translation>{児童手当|じどうてあて}は、{決|き}まった {月|つき}の {次|つぎ}の {月|つき}の {分|ぶん}から、{口座|こうざ}に {入|はい}ります。</translation>
    </message>
    <message>
        <source>Child</source>
        <extracomment>子 (kiosk/members.json relationship=子)</extracomment>
        <translation>{子|こ}ども</translation>
    </message>
    <message>
        <source>Father</source>
        <extracomment>父 (kiosk/members.json relationship=父)</extracomment>
        <translation>{父|ちち}</translation>
    </message>
    <message>
        <source>Mother</source>
        <extracomment>母 (kiosk/members.json relationship=母)</extracomment>
        <translation>{母|はは}</translation>
    </message>
</context>
<context>
    <name>ResidentGuidance</name>
    <message>
        <source>Your visit today</source>
        <translation>{今日|きょう}の {手続|てつづ}き</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>{日|ひ}にち：%1</translation>
    </message>
    <message>
        <source>Reception number: %1</source>
        <translation>{受付番号|うけつけばんごう}：%1</translation>
    </message>
    <message>
        <source>What was done today</source>
        <translation>{今日|きょう} したこと</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>これから あること</translation>
    </message>
    <message>
        <source>Next procedure: %1</source>
        <translation>{次|つぎ}の {手続|てつづ}き：%1</translation>
    </message>
    <message>
        <source>No procedure was completed today.</source>
        <translation>{今日|きょう} {終|お}わった {手続|てつづ}きは ありません。</translation>
    </message>
    <message>
        <source>Whom to contact</source>
        <translation>{聞|き}きたいときは ここへ</translation>
    </message>
    <message>
        <source>If anything is unclear, show this sheet at any counter of the city hall.</source>
        <translation>わからないときは、この {紙|かみ}を {市役所|しやくしょ}の {窓口|まどぐち}で {見|み}せて ください。</translation>
    </message>
</context>
<context>
    <name>ResidentKiosk</name>
    <message>
        <source>Place your My Number card on the reader and enter your PIN (4 digits).</source>
        <translation>マイナンバーカードを {読|よ}み{取|と}り{機|き}に {置|お}いて、{暗証番号|あんしょうばんごう}（4けた）を {入|い}れて ください。</translation>
    </message>
    <message>
        <source>Are you still there? Everything you entered will be cleared in %1 seconds.</source>
        <translation>まだ {使|つか}って いますか？ %1{秒|びょう}{後|ご}に、{入|い}れた ことは ぜんぶ {消|き}えます。</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>{受付|うけつけ}</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>やめる</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>つぎへ</translation>
    </message>
    <message>
        <source>Use my card</source>
        <translation>カードを {使|つか}う</translation>
    </message>
    <message>
        <source>Continue without the card</source>
        <translation>カードを {使|つか}わないで {進|すす}む</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>おわり</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>{続|つづ}ける</translation>
    </message>
    <message>
        <source>Please choose your language.</source>
        <translation>{言葉|ことば}を {選|えら}んで ください。</translation>
    </message>
    <message>
        <source>What brings you here today?</source>
        <translation>きょうは なにを しますか？</translation>
    </message>
    <message>
        <source>Choose one or more.</source>
        <translation>1つ いじょう {選|えら}んで ください。</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>いくつかの {質問|しつもん}</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>「はい」か「いいえ」で {答|こた}えて ください。</translation>
    </message>
    <message>
        <source>Enter in advance</source>
        <translation>{前|まえ}もって {入|い}れる</translation>
    </message>
    <message>
        <source>Enter what you can. The clerk checks it with you.</source>
        <translation>わかる ことだけ {入|い}れて ください。{職員|しょくいん}が いっしょに {確|たし}かめます。</translation>
    </message>
    <message>
        <source>What to bring and the fees</source>
        <translation>{持|も}ちものと {手数料|てすうりょう}</translation>
    </message>
    <message>
        <source>Please have these ready at the counter.</source>
        <translation>{窓口|まどぐち}で {出|だ}せるように {用意|ようい}して ください。</translation>
    </message>
    <message>
        <source>Your My Number card (optional)</source>
        <translation>マイナンバーカード（なくても だいじょうぶ）</translation>
    </message>
    <message>
        <source>With your card, the counter finds you faster.</source>
        <translation>カードが あると、{窓口|まどぐち}の {手続|てつづ}きが {早|はや}く なります。</translation>
    </message>
    <message>
        <source>Your reception number</source>
        <translation>{受付番号|うけつけばんごう}</translation>
    </message>
    <message>
        <source>One moment, please.</source>
        <translation>すこし {待|ま}って ください。</translation>
    </message>
    <message>
        <source>Please wait until your number is called.</source>
        <translation>{番号|ばんごう}を {呼|よ}ぶまで {待|ま}って ください。</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>まだ {使|つか}って いますか？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>People moving with you</source>
        <translation>いっしょに {引|ひ}っ{越|こ}す {人|ひと}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>{名前|なまえ}</translation>
    </message>
    <message>
        <source>Date of birth (e.g. 2019/05/01)</source>
        <translation>{生|う}まれた{日|ひ}（れいは 2019/05/01 です）</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>この {人|ひと}を {足|た}す</translation>
    </message>
    <message>
        <source>Please check this entry.</source>
        <translation>{入|い}れた ことを {確|たし}かめて ください。</translation>
    </message>
    <message>
        <source>Do you also want to do this today?</source>
        <translation>きょう この {手続|てつづ}きも しますか？</translation>
    </message>
    <message>
        <source>Fee: %1 yen per copy</source>
        <translation>{手数料|てすうりょう}：1まい %1{円|えん}</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>{手数料|てすうりょう}は いりません</translation>
    </message>
    <message>
        <source>You can use your My Number card now, or go on without it.</source>
        <translation>マイナンバーカードを {使|つか}う ことが できます。{使|つか}わないで {進|すす}む ことも できます。</translation>
    </message>
    <message>
        <source>The PIN did not match. Please continue without the card; the counter will help you.</source>
        <translation>{暗証番号|あんしょうばんごう}が ちがいます。カードを {使|つか}わないで {進|すす}んで ください。{窓口|まどぐち}で {手伝|てつだ}います。</translation>
    </message>
    <message>
        <source>The card could not be read. Please continue without the card.</source>
        <translation>カードを {読|よ}めませんでした。カードを {使|つか}わないで {進|すす}んで ください。</translation>
    </message>
    <message>
        <source>A number could not be issued. Please ask at the information desk.</source>
        <translation>{番号|ばんごう}を {出|だ}せませんでした。{案内|あんない}の {人|ひと}に {聞|き}いて ください。</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>{窓口|まどぐち}：%1</translation>
    </message>
    <message>
        <source>Estimated wait: about %1 min. People waiting before you: %2.</source>
        <translation>{待|ま}つ {時間|じかん}は だいたい %1{分|ふん}です。{前|まえ}に %2{人|にん} {待|ま}って います。</translation>
    </message>
    <message>
        <source>Please note your number.</source>
        <translation>{番号|ばんごう}を おぼえて ください。</translation>
    </message>
    <message>
        <source>Please take your ticket.</source>
        <translation>{受付票|うけつけひょう}を {取|と}って ください。</translation>
    </message>
    <message>
        <source>Scan the code to see the waiting status on your phone.</source>
        <translation>コードを {読|よ}むと、スマホで {待|ま}つ {人|ひと}の {数|かず}が わかります。</translation>
    </message>
    <message>
        <source>QR code of the waiting status</source>
        <translation>{待|ま}つ {人|ひと}の {数|かず}の QRコード</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ことば</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>スタッフの {暗証番号|あんしょうばんごう}</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>{暗証番号|あんしょうばんごう}が {違|ちが}います</translation>
    </message>
    <message>
        <source>Your ticket could not be printed. Please note the number on this screen. The counter will call you by this number.</source>
        <translation>{受付票|うけつけひょう}を {印刷|いんさつ}できません。この {画面|がめん}の {番号|ばんごう}を おぼえて ください。{窓口|まどぐち}で この {番号|ばんごう}を {呼|よ}びます。</translation>
    </message>
    <message>
        <source>Your ticket is being printed.</source>
        <translation>{受付票|うけつけひょう}を {印刷|いんさつ}して います。</translation>
    </message>
</context>
<context>
    <name>ResidentSignage</name>
    <message>
        <source>Lobby display</source>
        <translation>{呼|よ}び{出|だ}しの{画面|がめん}</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>{呼|よ}んでいる{番号|ばんごう}</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>{前|まえ}に{呼|よ}んだ{番号|ばんごう}</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>{待|ま}っている{人|ひと}</translation>
    </message>
    <message>
        <source>No number is being called right now.</source>
        <translation>いま {呼|よ}んでいる{番号|ばんごう}は ありません。</translation>
    </message>
    <message>
        <source>This display may not be up to date. Please ask at a counter.</source>
        <translation>この{画面|がめん}は {新|あたら}しくないかもしれません。{窓口|まどぐち}で {聞|き}いてください。</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>おしらせ</translation>
    </message>
    <message>
        <source>Number %1, please come to counter %2.</source>
        <translation>{番号|ばんごう} %1 の{人|ひと}は、{窓口|まどぐち} %2 に {来|き}てください。</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>{窓口|まどぐち} %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>{待|ま}っている{人|ひと} %1{人|にん}</translation>
    </message>
    <message>
        <source>About %1 min</source>
        <translation>だいたい %1{分|ふん}</translation>
    </message>
    <message>
        <source>No wait</source>
        <translation>すぐ です</translation>
    </message>
</context>
<context>
    <name>ResidentWindow</name>
    <message>
        <source>Reading aloud is not available in this language on this terminal.</source>
        <translation>この {機械|きかい}では、この ことばの {読|よ}み{上|あ}げが できません。</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>{日本語|にほんご}</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>{読|よ}みかた</translation>
    </message>
    <message>
        <source>In your language</source>
        <translation>やさしい ことば</translation>
    </message>
    <message>
        <source>Words used at the counter</source>
        <translation>{窓口|まどぐち}で {使|つか}う ことば</translation>
    </message>
    <message>
        <source>Counter — for you</source>
        <translation>{窓口|まどぐち} — あなたの {画面|がめん}</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>ことば：%1</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>ことばの いみ</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>こえで よむ</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>みやすい いろ</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>おおきい じ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>もどる</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ぜんぶ けす</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>1つ けす</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>けってい</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>{暗証番号|あんしょうばんごう}を {入|い}れる</translation>
    </message>
    <message>
        <source>I understand — enter my PIN</source>
        <translation>わかりました — {暗証番号|あんしょうばんごう}を {入|い}れます</translation>
    </message>
    <message>
        <source>Everything is correct</source>
        <translation>ぜんぶ {正|ただ}しいです</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Choose your language. The clerk will call you and guide you step by step.</source>
        <translation>ことばを {選|えら}んで ください。{職員|しょくいん}が あなたを {呼|よ}びます。{職員|しょくいん}が {順番|じゅんばん}に {説明|せつめい}します。</translation>
    </message>
    <message>
        <source>Please enter your card&apos;s 4-digit PIN. Only you see this screen.</source>
        <translation>カードの {暗証番号|あんしょうばんごう}（4けたの {数字|すうじ}）を {入|い}れて ください。この {画面|がめん}は あなただけが {見|み}ます。</translation>
    </message>
    <message numerus="yes">
        <source>Tries left: %n</source>
        <translation>
            <numerusform>あと %n {回|かい}です</numerusform>
        </translation>
    </message>
    <message>
        <source>If this PIN is wrong, your card will be locked and must be unlocked at the My Number card counter. If you are not sure of your PIN, tell the clerk: you can be served without it.</source>
        <translation>{暗証番号|あんしょうばんごう}を まちがえると、カードが {使|つか}えなく なります。そのときは マイナンバーカードの {窓口|まどぐち}へ {行|い}って ください。{暗証番号|あんしょうばんごう}が わからないときは、{職員|しょくいん}に {言|い}って ください。{暗証番号|あんしょうばんごう}が なくても {手続|てつづ}きが できます。</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>カードを {読|よ}んで います…</translation>
    </message>
    <message>
        <source>Please leave the card on the reader until this is done.</source>
        <translation>{終|お}わるまで、カードを リーダーに {置|お}いて ください。</translation>
    </message>
    <message>
        <source>Your card&apos;s PIN is locked</source>
        <translation>カードの {暗証番号|あんしょうばんごう}は いま {使|つか}えません</translation>
    </message>
    <message>
        <source>Do not worry: the clerk can still serve you today in another way.</source>
        <translation>{心配|しんぱい}しないで ください。{今日|きょう}は {別|べつ}の やりかたで {手続|てつづ}きが できます。</translation>
    </message>
    <message>
        <source>Confirming who you are</source>
        <translation>あなたが だれか {確|たし}かめます</translation>
    </message>
    <message>
        <source>If you have your My Number card, please place it on the reader on the counter.</source>
        <translation>マイナンバーカードが ある {人|ひと}は、{窓口|まどぐち}の カードリーダーに {置|お}いて ください。</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>ありがとうございます</translation>
    </message>
    <message>
        <source>Your documents are being prepared.</source>
        <translation>{書類|しょるい}を {準備|じゅんび}して います。</translation>
    </message>
    <message>
        <source>All done. Thank you!</source>
        <translation>{手続|てつづ}きが {終|お}わりました。ありがとうございました。</translation>
    </message>
    <message numerus="yes">
        <source>The clerk will hand you your documents. %n document(s) issued.</source>
        <translation>
            <numerusform>{職員|しょくいん}が {書類|しょるい}を わたします。{書類|しょるい}は %n まいです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from your card</source>
        <translation>カードから {読|よ}んだ こと</translation>
    </message>
    <message>
        <source>Found in the city&apos;s records</source>
        <translation>{市|し}の {記録|きろく}に ある こと</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>{男|おとこ}</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>{女|おんな}</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>{書|か}いて ありません</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>{名前|なまえ}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>{住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>{生|う}まれた {日|ひ}</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>{性別|せいべつ}</translation>
    </message>
    <message>
        <source>The clerk is preparing your forms. You will not need to write.</source>
        <translation>{職員|しょくいん}が {書類|しょるい}を {作|つく}って います。あなたは {書|か}かなくて いいです。</translation>
    </message>
    <message>
        <source>(read from your card; not shown)</source>
        <translation>（カードから {読|よ}みました。ここには {出|だ}しません）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Fee: %1 yen</source>
        <translation>{手数料|てすうりょう}：%1{円|えん}</translation>
    </message>
    <message>
        <source>Total to pay: %1 yen</source>
        <translation>はらう お{金|かね}：ぜんぶで %1{円|えん}</translation>
    </message>
    <message>
        <source>Please check your forms. Is everything correct?</source>
        <translation>{書類|しょるい}を {見|み}て ください。まちがいは ありませんか。</translation>
    </message>
    <message>
        <source>Thank you. The clerk will now issue your documents.</source>
        <translation>ありがとうございます。これから {職員|しょくいん}が {書類|しょるい}を {出|だ}します。</translation>
    </message>
    <message>
        <source>If something is wrong, please tell the clerk.</source>
        <translation>まちがいが あるときは、{職員|しょくいん}に {言|い}って ください。</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>{通訳|つうやく}</translation>
    </message>
    <message>
        <source>Calling an interpreter. Please wait a moment.</source>
        <translation>{通訳|つうやく}の {人|ひと}を {呼|よ}んで います。すこし {待|ま}って ください。</translation>
    </message>
    <message>
        <source>Preparing the printed form…</source>
        <translation>{印刷|いんさつ}する {紙|かみ}を {用意|ようい}して います…</translation>
    </message>
    <message>
        <source>The form as it will be printed</source>
        <translation>{印刷|いんさつ}する {紙|かみ}</translation>
    </message>
    <message>
        <source>Printed form %1</source>
        <translation>{印刷|いんさつ}する {紙|かみ} %1</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>すこし {待|ま}って ください</translation>
    </message>
    <message>
        <source>The clerk will be with you again shortly.</source>
        <translation>{職員|しょくいん}が すぐに {戻|もど}ります。</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>The chain heads could not be anchored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal could not be re-enrolled; nothing was changed. Ask IT staff to check the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database holds no signing key for terminal %1: its first sync registers it, nothing to re-enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database already holds this installation&apos;s signing key for terminal %1; nothing to re-enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database holds the new key, but this terminal&apos;s audit trail could not be renumbered. Run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>central</name>
    <message>
        <source>The central database could not be set up. Nothing was half-done: run the command again once the cause is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the office code (--office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central init needs a PostgreSQL server (a postgresql:// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the terminal&apos;s id (--terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the supervisor&apos;s login (--supervisor).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show card readers and database state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update the databases: db init|migrate [--central URL].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff account: staff add --login L --name N --role R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send waiting visits to the central database [--once].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a certificate&apos;s verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics as CSV: export --from DATE --to DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the registry: registry import FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record simulated visits: simulate --visits N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a document template to PDF; list the templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the My Number card: readers, status, read, diag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madoguchi counter terminal, command-line tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC/SC service: not running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PC/SC service: running, %n reader(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>card present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedures catalogue in this build is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init or migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the central store at this postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at this schema version (for testing upgrades).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update the terminal&apos;s and the central schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say init or migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs a schema version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as shown on screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk, supervisor, admin or kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store URL (default: from the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --login and --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be clerk, supervisor, admin or kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account %1 (%2) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One round, then exit: 0 when everything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per central transaction (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between rounds while online (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send waiting visits to the central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch must be between 1 and 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 visit(s), %2 void(s), %3 audit event(s); %4 waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the copy in the central store at this URL (default: this terminal&apos;s own trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --central: the terminal whose trail to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: %2. Report this to the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact: %1 event(s) checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification code printed on the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification code has 16 letters and digits, e.g. ABCD-EFGH-JKMN-PQRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database could not be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate with the code %1 is known. It may not be synced yet, or it is not genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record for %1 does not match its code. It is not genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 (%2) was voided on %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine and valid: certificate %1 (%2), issued %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --from and --to as dates, e.g. 2026-04-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed, for repeatable runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the visits on this day (YYYY-MM-DD) instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record realistic simulated visits on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--visits must be between 1 and 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a date, e.g. 2026-04-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulation data is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulation names %1, which is not in the procedures catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 simulated visit(s) on terminal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say import FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the file; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stored but could not be recorded in the audit trail. Tell the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 household(s), %2 resident(s), %3 seal registration(s), %4 tax summary(ies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the document templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list-templates: print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template to render.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file with the document&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the template&apos;s own fictitious sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --template and --out, and either --data FILE or --sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the data file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is not a JSON object: %2 (at byte %3). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (4 digits): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN tries left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code A tries left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code B tries left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with-my-number cannot be combined with --code-b: verification code B does not open the My Number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madoguchi card reader report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: card/reader = &quot;%1&quot;, card/simulated = %2, card/persona = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card source for the next read: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC/SC reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC/SC service (pcscd): not reachable — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC/SC service (pcscd): reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Readers: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>JPKI token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: My Number card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: not a My Number card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the My Number card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read: also read the My Number (only for procedures that need it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read: allow the VERIFY when only one try is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PC/SC reader to use (default: card/reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident&apos;s guidance sheet as PDF: guidance --language L --done ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident language code (ja, vi, ne…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A procedure done today (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A procedure proposed for later (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a resident&apos;s guidance sheet as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown resident language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown procedure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this staff login; the password is the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs a staff sign-in: add --as LOGIN and give the password on the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff account, signed in as an admin with --as: standard input holds the admin&apos;s password on the first line and the new account&apos;s password on the second. Only the first admin of an empty staff table is added without --as; then the new password is the only line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the new account %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was added but could not be recorded in the audit trail. Tell the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first admin of the installation; from now on every staff account is added with --as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export statistics as CSV (no personal data). Needs a supervisor or admin sign-in: --as LOGIN, the password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so it is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the registry extract (docs/registry-csv.md) into the central database: every row, or none when any row is refused. Needs an admin sign-in: --as LOGIN, the password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reveal only goes with --with-my-number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was read, but the audit trail could not be written, so nothing is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read: print the My Number unmasked (supervisors only; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card verify does not read the My Number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face photo: verified, %1 × %2 pixels (not shown here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust: the TEST hierarchy of the virtual card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands: readers, status, read, verify, diag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readers | status | read | verify | diag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read, verify: print one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one subcommand: readers, status, read, verify or diag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail: audit verify | anchor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify | anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: check that no audit event was altered or removed. anchor: record every terminal&apos;s newest event at the centre (a supervisor, --as LOGIN) and print the heads for the day&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say verify or anchor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the central database: central init|add-terminal|add-supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to takes certificate, form or ticket, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set for the %1 (printer/%2_queue). The PDF is kept: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reprint could not be recorded; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed yet after %1 s; the job stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print it on the printer set for this kind of paper: certificate, form or ticket (printer/*_queue, printer/*_tray).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to follow the print job (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait takes seconds, 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf needs --to KIND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database, as a role that may create roles (postgresql://postgres@host/db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s id (terminal/id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set no password (certificate or peer authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the central database with --central URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database ready: schema, roles %1, %2, %3 and row-level security (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new role&apos;s password on the first line of standard input, or give --no-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 of office %2 connects as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor %1 of office %2 connects as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reception queue: queue groups|issue|call-next|recall|absent|transfer|list|notice|publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups | issue | call-next | recall | absent | serve | done | transfer | list | notice set|clear | publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter group id (queue groups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the ticket comes from: clerk (default), kiosk, reservation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter&apos;s name, e.g. 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups this counter serves, comma-separated (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number, e.g. A-012.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer: the new group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer: only this counter calls it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice set: the notice&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish: the directory to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s reception queue. issue needs a clerk, supervisor or kiosk sign-in, the counter&apos;s actions a clerk or supervisor, notice a supervisor: --as LOGIN, the password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown queue action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the counter (--counter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the ticket number (--ticket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the counter group (--group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the directory to write (--out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use queue notice set --text TEXT, or queue notice clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice was changed, but the audit trail could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this kept PDF again (with --to and --as; recorded in the audit trail under the staff member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code B (14 digits): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verification code B was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read, verify: use verification code B instead of the PIN (its 14 digits on standard input, after the staff password; never on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code B is read from standard input, never from the command line. Nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s work: supervisor day|visit|void|reissue|reconcile|close|reopen|kpi|export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visit(s) on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 (%2, %3) at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken at event %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre did not take it yet; it is sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say void request|direct SERIAL, void approve|refuse REQUEST-ID, or void list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void of %1 requested (%2); a supervisor decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown void action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reissued as %2, verification code %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --terminal ID and --count as DENOMINATION=PIECES,…, e.g. 1000=3,100=4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day %1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --from and --to as dates (from not after to) and --by hour, day or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visit(s), %2 procedure(s); card identified: %3; kiosk pre-entries: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --from and --to as dates (from not after to) and --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) written to %2 and %3; %4 row(s) under %5 visits left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required for every change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void list: only pending, approved or refused requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile: the counted cash, DENOMINATION=PIECES,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: first day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: last day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi: hour, day or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedures catalogue: catalogue list [--json] | check DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the terminal would refuse these files.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalogue is correct: %n procedure(s); files from %1: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>list or check DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedures catalogue: list what this terminal serves (municipality files first, then the installed ones), or check a directory of files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: catalogue list [--json] | catalogue check DIR [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued PDFs past the retention period: documents purge --as L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set-aside records could not be put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) back in the outbox; they go with the next sync.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the records the centre refused again and again (--retry: send them again once the cause is fixed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With set-aside: put them back in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With set-aside: as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync takes no argument but set-aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete issued PDFs past the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this many days instead of print/retention_days (1 to 3650).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only say what would be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued PDFs kept for reprinting: documents purge --as L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the subcommand: documents purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days takes 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print/retention_days is 0 (keep for ever): give --days N to delete PDFs older than N days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would delete %1 files in %2 day folders (older than %3 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 files in %2 day folders (older than %3 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripted visits through the counter&apos;s workflow: visit run SCRIPT.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done, visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee %L1 yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefilled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1  template %2  serial %3  fee %L4 yen  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid %L1 yen by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedures catalogue has errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script was refused; no visit was run or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 visit(s) done in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run SCRIPT.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the issued PDFs under DIR (one folder per day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run scripted visits through the counter&apos;s workflow (docs/visit-scripts.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: visit run SCRIPT.json [--out DIR] [--json] --as LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter (%1): %2 visit(s), %3 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff PIN (%1 digits): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the PIN from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff PIN was changed but the change could not be recorded in the audit trail. Tell the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s staff PIN is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the stored My Numbers under a new key: keys rotate --as ADMIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sealing key %1: %2 request(s) and %3 waiting visit(s) sealed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --stale-minutes as a number of minutes (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>day | visit ID | void … | reissue SERIAL | reconcile | close | reopen | kpi | export | alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts: a terminal silent this long is named (default: supervisor/stale_sync_minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor&apos;s work: day [--date D] [--terminal T]; visit ID; void request SERIAL | void list | void approve ID | void refuse ID | void direct SERIAL (each with --reason); reissue SERIAL --reason; reconcile [--date D] [--terminal T --count 1000=3,… --reason R]; close [--date D] [--out DIR]; reopen --date D --reason R; kpi --from D --to D [--by hour|day|month]; export --from D --to D --out DIR (open data); alerts [--stale-minutes N]. Sign in with --as LOGIN, the password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say day, visit ID, void …, reissue SERIAL, reconcile, close, reopen, kpi, export or alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lobby kiosk: kiosk set-staff-pin|clear-staff-pin --as ADMIN [--office-wide] (the PIN on standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-staff-pin or clear-staff-pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN of every kiosk of the office, kept at the central store (the kiosks take it at once, or with their next sync when offline), instead of this tablet&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --office-wide on a central server: the office code (as given to central add-terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or clear the staff PIN that leaves kiosk mode, signed in as an admin with --as: standard input holds the admin&apos;s password on the first line and, for set-staff-pin, the new PIN (%1 digits) on the second. Without --office-wide the PIN is this tablet&apos;s own (its settings); with --office-wide it is the office&apos;s, for every kiosk of the office, and replaces the tablets&apos; own while it is set. Only the Argon2id hash is kept; a running kiosk takes the change at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say set-staff-pin or clear-staff-pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--office and --central go with --office-wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s staff PIN is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff PIN of the office&apos;s kiosks is set (revision %1). Kiosks take it at once; offline ones with their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff PIN of the office&apos;s kiosks is revoked (revision %1). Kiosks refuse it at once; offline ones after their next sync. Each tablet&apos;s own PIN, if it has one, holds again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre&apos;s key file must not be this terminal&apos;s key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New central sealing key in %1: %2 request(s) at the centre sealed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate: seal every My Number this terminal stores again under a new key. rotate-central: the same for the copies the centre holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate-central: the central database, as a role that may update every office&apos;s rows (default: the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate-central: the centre&apos;s key file (default: keys/central.key beside the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate-central: another terminal&apos;s key file to open the values it sent (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the sealed My Numbers: keys rotate --as ADMIN, keys rotate-central --as ADMIN (the password on standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the subcommand: keys rotate or keys rotate-central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the terminal&apos;s id with --terminal ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is terminal %1, not %2: run the command on the reinstalled terminal itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 re-enrolled: epoch %2 of its chain starts after event %3 at the centre; %4 local event(s) renumbered and signed with this installation&apos;s key. Sync can resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, add-terminal, add-supervisor or re-enrol-terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the central PostgreSQL database: schema, least-privilege roles, row-level security between offices; add terminals and supervisors; re-enrol a reinstalled terminal (on that terminal, --as ADMIN). Passwords are read from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say init, add-terminal, add-supervisor or re-enrol-terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reissue is recorded, but no new paper was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New paper: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close: write the 日報 PDFs here; reissue: the new paper (default: the terminal&apos;s document folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>counter</name>
    <message>
        <source>The interpreting services in %1 were not taken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service names no language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service for %1 needs either a url or a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the url for %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>issuance</name>
    <message>
        <source>This terminal has no identifier. Ask IT staff to set terminal/id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit has no reception number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request names no procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form for %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The My Number may not be kept for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kiosk cannot take the My Number. Please go to a counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The My Number must be 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate has no type or no resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate has an impossible number of copies or fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate refers to a request that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments (%1 yen) do not match the fees (%2 yen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit could not be saved on this terminal. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for voiding the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate %1 that is not already void was issued on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>The pre-entry could not be kept or read. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pre-entry never holds a My Number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such reception ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket has already been called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-entry of this ticket cannot be read (another office key?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff PIN must be exactly %1 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff PIN could not be hashed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This staff PIN is too easy to guess (one digit repeated, or digits counting up or down in a row). Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store did not take the kiosks&apos; staff PIN. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which office&apos;s kiosks the PIN is for (--office CODE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store knows no office %1 (no terminal or supervisor of it was added). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded central store serves one office: leave out --office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosks&apos; staff PIN cannot be read from the central store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::cli</name>
    <message>
        <source>The script cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script needs a &quot;visits&quot; list with at least one visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &quot;accept&quot; or &quot;decline&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the fields of a procedure as an object: {&quot;field&quot;: &quot;value&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such resident language: %1 (one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No simulated card has this persona: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照合番号B has 14 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN has 4 digits (or give &quot;code_b&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either a card or a registry search, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who comes: &quot;card&quot; with &quot;pin&quot; or &quot;code_b&quot;, or &quot;id_document&quot; with &quot;name&quot; and &quot;birth_date&quot; for a resident without a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident without a card is searched by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident who is not in the registry can only be served with their My Number card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such life event: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a life event: list it under life_events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such procedure: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a life event or at least one procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &quot;yes&quot; or &quot;no&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the visit&apos;s life events asks this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the visit&apos;s life events lists the people it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex is &quot;1&quot; (male), &quot;2&quot; (female) or &quot;9&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the relationship to the head of household (続柄).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form is about &quot;deceased&quot; or &quot;spouse&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such field in this procedure&apos;s form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies are only for certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to 10 copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PIN try is left: the resident must confirm the last try (&quot;last_try&quot;: true). Nothing was sent to the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident is not in the registry; a move-in is served with &quot;new_resident&quot;: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry search did not find %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not proposed in this visit (proposed: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persons.%1: no form of this visit asks for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields.%1: not a form of this visit; not typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: filled from %2; not typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: the form needs this field (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a form of this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee is %L1 yen: say how it is paid (&quot;payment&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident did not confirm (&quot;confirm&quot;: false): nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::cli::ScriptError</name>
    <message>
        <source>visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::AlertsPage</name>
    <message>
        <source>Records the centre refused again and again wait on the terminal. Ask IT staff (madoguchi-cli sync set-aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the terminal is on and reaches the central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail may have been changed or lost. Do not clear it; ask IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two certificates carry the same serial. Check both before handing either over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record came again with other content; the centre kept its copy. Ask IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial collision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the central database: alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No alerts: every terminal synced within %n minute(s), no chain breaks, no collisions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::CashPage</name>
    <message>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash per terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">もう{一度|いちど} もらう わけ</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted at the chosen terminal (pieces per note and coin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces of %1 yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when the count differs from the cash expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a &amp;difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the day and print the daily reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report (窓口業務日報)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report of which terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the central database: the day&apos;s cash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by %1 at %2: counts, voids and reissues are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted %1, expected %2, difference %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a terminal in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the central database: recording the count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count of %1 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the central database: closing the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the central database: reopening the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day %1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashless payments and refunds of the chosen terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ChoosePage</name>
    <message>
        <source>What did the resident come for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Life event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions that decide what else is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People concerned (異動する方) — the card holder is filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>{名前|なまえ}</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>{性別|せいべつ}</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People concerned; Delete removes the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. 鈴木&#x3000;美咲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship, e.g. 妻, 長男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also needed — accept or decline each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not asked yet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>— decide —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept: add to this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, reading or keyword (じどう, 児童手当, allowance); Enter takes the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>{災害|さいがい}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Or procedures &amp;directly (Space ticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ClerkWindow</name>
    <message>
        <source>Madoguchi — counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the &amp;next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-in visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the card / retry the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read the &amp;My Number (on/off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照合番号&amp;B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident (&amp;move-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the My Number (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send waiting visits now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to start serving residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception numbers waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call next (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2: call the next reception number.   F3: serve a walk-in resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel visit (Shift+F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or cancel the current visit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting. Use F3 for a resident without a reception number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 documents and fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 issuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception %1 — step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the match (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online — every visit sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>● Online — sending %n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>● Offline — %n visit(s) waiting to be sent; work continues and they are sent when the line is back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 PDFs could not be opened. They are saved; print them from the terminal&apos;s document folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop waiting for the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the registry (central server)… Esc stops waiting; the screen stays usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the visit and writing the PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the chosen document again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still asking the reception queue; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling the next number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering the resident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was called, but a visit is open: call it again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1 to counter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call an &amp;interpreter / end the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interpreting service is set up for the resident&apos;s language (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the interpreter call (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter: %1 (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued &amp;certificate: void or reissue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1. The visit in progress is kept. Sign in again, or ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DayPage</name>
    <message>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rocedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial or reception number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by serial or reception number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit&apos;s story: choose a visit and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit&apos;s audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished">スタッフ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">もう{一度|いちど} もらう わけ</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the central database: the day&apos;s visits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 visit(s) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the central database: the visit&apos;s story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 at %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, My Number kept (sealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reissued as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reissue of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken at event %2: events from there on cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail checked: intact (%n terminal(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>My Number revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DocumentsPage</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt (no fee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Required documents — tick what the resident brought (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>はらう お{金|かね}</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fee for these procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number on the reader&apos;s or the slip&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashless re&amp;ference (IC, QR, credit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::DonePage</name>
    <message>
        <source>Issued — hand the documents to the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — serial %2, verification code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — filled in, ready to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — recorded; this procedure has no printed form yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P prints the chosen document again (or opens the PDFs when no printer is set); Ctrl+Shift+P opens the PDFs. F10 finishes the visit and clears both screens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::FacePhotoView</name>
    <message>
        <source>Face photo from the card&apos;s chip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::FormsPage</name>
    <message>
        <source>Forms — prefilled; type only what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [card]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (reveal: Ctrl+Shift+R, recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forms are complete. Continue with F10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still to fill in or correct.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Who the forms are about besides the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody of the household: type the details —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deceased (亡くなった方)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spouse (配偶者)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::IdentifyPage</name>
    <message>
        <source>Also read the My Number (Ctrl+M; only for procedures that lawfully need it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the card — PIN on the resident&apos;s screen (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照合番号B from the card face (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照合番号B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date YYMMDD + expiry year + security code, 14 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照合番号&amp;B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a card: check an ID document, then search the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the document checked —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two documents (health insurance card + pension book, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1980-02-17 or 昭和55年2月17日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the registry (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID &amp;document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception %1 — who is the resident?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the resident to place the My Number card on the reader, then press F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident is typing the PIN on their own screen (tries left: %1). Do not ask for the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one PIN try is left. The resident&apos;s screen asks them to confirm before typing; if they are unsure, use 照合番号B (F6) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card… the card must stay on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is locked. Use 照合番号B from the card face (F6), or serve without the card (F7). The resident can have the PIN reset at the My Number card counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 照合番号B from the card face and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an ID document by eye, record which one, then search by name and birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one 照合番号B try is left: if it is wrong, 照合番号B is locked too. Check the digits on the card face with the resident, then press F6 to try once more, or serve without the card (F7).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::InterpreterCall</name>
    <message>
        <source>No interpreting service is set up for this language, or the visit is not at a step where one can be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interpreting service %1 could not be opened on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interpreting service %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::IssuedDocumentDialog</name>
    <message>
        <source>Issued certificate — void or reissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an issued certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type its serial and press Enter, or scan the QR code printed on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial or QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serial or QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the void or reissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required; kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: %1 at terminal %2 (business day %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies: %1, fee %L2 yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissue of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissued as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: VOID since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the central database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the void request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The void of %1 is requested. It stays valid until a supervisor approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reissued as %2 (verification code %3); the old serial is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a void — a supervisor approves (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void now — supervisor (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissue under a new serial — supervisor (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new paper is printed under the new serial.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::KpiPage</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cou&amp;nted per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpute (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting and service time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification with the My Number card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk pre-entries used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the central database: computing the KPIs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a kiosk pre-entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the counter only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 visit(s), %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreters: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the open data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print/document_dir/open-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport open data of the period (CSV, JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form fields filled for the resident or typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the central database: writing the open data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) written to %2 and %3; %4 row(s) of fewer than %5 visits left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3 visit(s), %4 procedure(s); card identification %5 %; kiosk pre-entries %6; waiting median %7 min, p90 %8 min; service median %9 min, p90 %10 min; form fields prefilled %11 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefilled (no handwriting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::MatchPage</name>
    <message>
        <source>Name</source>
        <translation>{名前|なまえ}</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation>{住所|じゅうしょ}</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>{性別|せいべつ}</translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match with the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry records found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card and registry side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry server cannot be reached. Press F5 to try again. A move-in can still be taken with the card&apos;s details (F8); certificates need the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  (match %4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(checked by eye)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no record —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry record matches this card. For a move-in (転入) press F8 to continue as a new resident; otherwise check the card and go back (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) differ between the card and the registry: check with the resident before accepting (F10). A card not updated after a move is a common cause.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Card and registry agree. Accept with F10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PdfPreview</name>
    <message>
        <source>Preview of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview of %1 cannot be shown; the PDF itself is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::PrintPanel</name>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no printed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::ReviewPage</name>
    <message>
        <source>Review — the resident confirms on their screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 copies, %L2 yen&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Total %L1 yen&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The resident confirmed. Issue with F10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the resident to confirm on their screen…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::StatusWindow</name>
    <message>
        <source>%1: available (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking… (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not available (%2). Check the setting and the network; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madoguchi — terminal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madoguchi %1 — data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the card reader service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader service (pcscd) is not running. A simulated card is used until it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The card reader service is running: %n reader(s) attached.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Card does not answer: take it out and place it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card present, in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (selected in settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reader is attached: a simulated card is used (demo mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card is on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a My Number card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::SupervisorWindow</name>
    <message>
        <source>Madoguchi — supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the screen is waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a supervisor account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oids and reissues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cash and closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::ui::VoidsPage</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requests from the counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">もう{一度|いちど} もらう わけ</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for approving or refusing (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve and void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate by serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required; kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaso&amp;n for the void or reissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eissue under a new serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the central database: void requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the central database: recording the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: %1 is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the central database: voiding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the central database: reissuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reissued as %2 (verification code %3); the old serial is void.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>madoguchi::visit::VisitWorkflow</name>
    <message>
        <source>Finish or cancel the current visit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents are being issued; wait until it is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was cancelled; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The visit was closed after %n minute(s) without activity; nothing was recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked. Use 照合番号B from the card face, or identify without the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN has 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照合番号B has 14 digits: birth date (YYMMDD), expiry year (YYYY) and the 4-digit security code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry cannot be reached. Retry, or continue with the card&apos;s details for a move-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record which ID document you checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an ID document and record it before searching the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search with at least the name and the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry cannot be reached, so a resident without a card cannot be identified now. Retry in a moment, or ask the resident to come back with the My Number card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resident found. Check the spelling, or search with the address too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the registry record that belongs to this resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident who is not in the registry can only be served with their My Number card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident not yet in the registry can only make a move-in notice (転入届).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown life event &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown procedure &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person&apos;s sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the relationship to the head of household (続柄), e.g. 妻, 長男.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a life event or at least one procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one person the notice concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every question first: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept or decline every proposed procedure first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen procedure needs the My Number, which was not read. Type it from the card, or go back and read the card again with &quot;read the My Number&quot; ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forms cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form has no such field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comes from the card or the registry and cannot be typed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to 10 copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ticked: %1. Continue again if they are not needed for this resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the fee of %L1 yen is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident has not confirmed the forms on their screen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issued: %n document(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No chosen procedure needs the My Number, so it is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not answer and you stopped waiting. Press F5 to ask again; a move-in can still be taken with the card&apos;s details (F8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not answer and you stopped waiting; nothing was looked up. Search again, or ask the resident to come back with the My Number card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not answer and you stopped waiting. Continue (F10) to ask for the household again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates need a registry record; choose the move-in notice (転入届) first, the certificate is then made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s pre-entry from the kiosk is in this visit; check it with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone of the resident&apos;s household, or nobody and type the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter can be called during a visit, up to the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be issued: the registry holds no seal registration (印鑑登録) for this resident. Register the seal first, or remove the procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be issued: the registry holds no tax record for this resident (no income was declared or assessed here). Remove the procedure, or ask the tax section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be issued: the registry holds no light vehicle tax for this resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is claimed by a parent for a child under 18 in the household; the registry lists no such child with this resident and the visit adds none. Remove the procedure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <source>The PDF could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field name must be lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is reserved for the document itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table cannot hold another table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice field needs its choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table field needs its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} names no field of this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown element type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line needs “from” and “to” as [x, y] in mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“box” must be [x, y, width, height] in mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font must be “mincho” or “gothic”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size must be between min_size and 200 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>align must be left, center, right or spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valign must be top, middle or bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages must be every, first or last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition “%1” names no field of this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table element needs a field of type table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows do not fit the table&apos;s box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column needs a width in mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table element needs columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns are wider than the table&apos;s box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image “%1” cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image “%1” is not a PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the listed choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this template has no such field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the Meiji era and cannot be written in 和暦</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 rows, at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each row of %1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 is not valid JSON: %2 (at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program reads template schema 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be certificate, form, ticket or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page size must be A3, A4, A5, B5 or [width, height] in mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template draws nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the element lies outside the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text does not fit its box on the form, even in the smallest allowed size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character “%1” (%2) cannot be printed: no installed font has it. Check the fonts (fonts-ipamj-mincho) or ask for a 外字 registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code&apos;s content is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font %1 is not installed (Debian package %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate needs its serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate needs its verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The data for %1 is not complete or not correct (%n problem(s)).</source>
        <comment>data errors</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A font for this language is not installed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A character cannot be printed with the installed fonts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidance does not fit on one page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printer</name>
    <message>
        <source>This procedure has no printed form; there is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 is out of paper (%2). Load paper; the job then prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1: the tray (%2) is missing or not pushed in. Put it back; the job then prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 has a paper jam. Open it, remove the paper, close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1: a door is open. Close it; the job then prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1: the cover is open. Close it; the job then prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 is out of toner. Replace the cartridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 is out of toner or ink. Replace the cartridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 is offline. Check that it is switched on and its cable or network is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 does not answer. Check that it is switched on and its cable or network is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 is switched off. Switch it on; the job then prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print queue %1 is stopped. Ask a supervisor or IT staff to resume it (cupsenable %1); the job then prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record and the PDF are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print server cannot be reached; printer %1 is not available. Ask IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 set for this terminal does not exist on the print server. Ask IT staff to check the printer settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print job on %1 was cancelled. Print it again with Ctrl+P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 could not print the document. Print it again with Ctrl+P; if it fails again, ask IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print job on %1 is held. Ask a supervisor to release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print queue %1 is not accepting jobs. Ask a supervisor or IT staff (cupsaccept %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 refused the document. Print it again with Ctrl+P; if it fails again, ask IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF %1 is missing from the document folder; nothing was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer %1 has no tray &quot;%2&quot; (it has: %3), so the %4 was not printed. Ask IT staff to correct the printer settings (printer/%5_tray). The record and the PDF are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set for the %1: print the PDF by hand (Ctrl+Shift+P opens it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the queue of %1 (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing on %1 (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1 (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print job was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>The privacy key file %1 cannot be used. Ask IT staff to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privacy key file %1 can be read or changed by other accounts, so it is not used. Ask IT staff to make it readable by its owner only (chmod 600) and to check who has read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed My Numbers could not be sealed again; nothing was changed. Ask IT staff to check the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every My Number is sealed under the new key, but the old key could not be removed from the key file. Run keys rotate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every My Number at the centre is sealed under the new key, but the old key could not be removed from the centre&apos;s key file. Run the rotation again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>queue</name>
    <message>
        <source>The reception queue could not be reached. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 cannot be changed now (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no counter group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket comes from the kiosk, a clerk or a reservation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the counter&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the ticket goes: a group or a counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting times could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>The registry cannot be searched right now. Try again, or ask IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The registry could not be stored; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>Sign in first: this needs a staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not do this. Ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Wait %n second(s) and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Staff accounts cannot be checked: the central database is not reachable. Ask IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff ID or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be recorded in the audit trail. Ask IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login must be 2 to 32 characters: lower-case letters a-z, digits and . _ -, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must be 1 to 64 characters without spaces at either end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first staff account must be an admin (--role admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an admin to add staff accounts (--as LOGIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff account could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a staff account with the login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database is not reachable and this terminal&apos;s copy of the staff accounts is too old to sign in with. Ask IT staff to restore the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>Cannot open the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was created by a newer Madoguchi (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database is at schema version %1, this terminal needs %2. Ask IT staff to run: madoguchi-cli db migrate --central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s visits cannot be read from the central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue could not be published to the central database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supervisor</name>
    <message>
        <source>The central database cannot be reached or refused the change. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate %1 is known at the centre. Check the serial; a certificate issued moments ago may not be synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day %1 is closed. Reopen it (with a reason) to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup could not be recorded in the audit trail, so it is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 is already void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void of %1 has already been requested and waits for a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The void request could not be saved on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has already been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 is unknown or already void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The void could not be recorded in the audit trail, so it was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such void request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be recorded in the audit trail, so it was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal has no identifier. Ask IT staff to set terminal/id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 was already reissued as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new serial could be taken on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissued as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reissue could not be recorded in the audit trail, so it was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit cannot be read from the central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit %1 is known at the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading could not be recorded in the audit trail, so it is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the terminal and the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yen × %2 is not a possible count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted cash (%1 yen) differs from the recorded cash (%2 yen) by %3 yen: give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count could not be recorded in the audit trail, so it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the cash of %1 before closing the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing could not be recorded in the audit trail, so the day stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day %1 is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reopening could not be recorded in the audit trail, so the day stays closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the municipality&apos;s five-digit code and name (office/municipality_code, office/municipality_name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a valid period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures cannot be read from the central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor account opens supervisor mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned QR code does not belong to certificate %1: its verification code differs. The paper may be forged or altered; keep it and tell a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality code (office/municipality_code) must be five digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail, so it is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts cannot be read from the central database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The central database cannot be reached. Visits are kept on this terminal and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal&apos;s audit trail does not match the centre&apos;s copy. Nothing more is sent; the supervisor has been alerted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the central database refused %n record(s); they are kept and tried again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refused again and again were set aside on this terminal (madoguchi-cli sync set-aside); the supervisor is alerted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) differ from what the central database already holds and were not sent; the supervisor is alerted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The centre knows another terminal under this terminal&apos;s id. Nothing is sent; the supervisor has been alerted. Ask IT staff to check that the terminal id (terminal/id) is unique, or to re-enrol a reinstalled terminal (madoguchi-cli central re-enrol-terminal).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
