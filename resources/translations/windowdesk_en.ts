<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DepartmentDesk</name>
    <message numerus="yes">
        <source>Signed for list %1: %n case(s)</source>
        <translation>
            <numerusform>Signed for list %1: %n case</numerusform>
            <numerusform>Signed for list %1: %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message numerus="yes">
        <source>%n item(s) missing or non-conforming: issue the one-time notice listing all of them.</source>
        <translation>
            <numerusform>%n item missing or non-conforming: issue the one-time notice listing it.</numerusform>
            <numerusform>%n items missing or non-conforming: issue the one-time notice listing all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Saved %n row to %1</numerusform>
            <numerusform>Saved %n rows to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
