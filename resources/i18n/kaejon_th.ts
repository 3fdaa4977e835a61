<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="84"/>
        <source>{path} exists already: only a new database file can be encrypted here. Choose another file name.</source>
        <translation>มีไฟล์ {path} อยู่แล้ว ที่นี่เข้ารหัสได้เฉพาะไฟล์ฐานข้อมูลใหม่ โปรดเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="204"/>
        <source>This database is encrypted. Enter its passphrase:</source>
        <translation>ฐานข้อมูลนี้เข้ารหัสไว้ โปรดป้อนรหัสผ่านฐานข้อมูล:</translation>
    </message>
</context>
<context>
    <name>AssignHelpDialog</name>
    <message>
        <location filename="../../ui/assign_help.py" line="60"/>
        <source>Assign help</source>
        <translation>มอบหมายความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="75"/>
        <source>Household {code} · {head} · {village}</source>
        <translation>ครัวเรือน {code} · {head} · {village}</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="78"/>
        <source>{count} selected households</source>
        <translation>ครัวเรือนที่เลือก {count} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="84"/>
        <source>The help menu suggests (from failed indicators and weak capitals; pick one with the arrow keys):</source>
        <translation>เมนูแก้จนแนะนำ (จากตัวชี้วัดที่ไม่ผ่านและทุนที่อ่อน เลือกด้วยปุ่มลูกศรได้):</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="89"/>
        <source>Kind of help</source>
        <translation>ประเภทความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="90"/>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="91"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="92"/>
        <source>Offered by</source>
        <translation>หน่วยงานที่ให้บริการ</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="105"/>
        <source> ({n} households)</source>
        <translation> ({n} ครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="119"/>
        <source>No suggestion: no failed indicator or weak capital is recorded for these households.</source>
        <translation>ไม่มีข้อแนะนำ: ยังไม่มีการบันทึกตัวชี้วัดที่ไม่ผ่านหรือทุนที่อ่อนของครัวเรือนเหล่านี้</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="133"/>
        <source>&amp;Kind of help</source>
        <translation>ประเภทความช่วยเหลือ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="135"/>
        <source>&amp;Agency</source>
        <translation>หน่วยงาน (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="137"/>
        <source>The whole household</source>
        <translation>ทั้งครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="141"/>
        <source>&amp;For</source>
        <translation>ผู้รับความช่วยเหลือ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="143"/>
        <source>&amp;Planned by</source>
        <translation>กำหนดแล้วเสร็จ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="145"/>
        <source>baht</source>
        <translation>บาท</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="147"/>
        <source>&amp;Budget per household (baht)</source>
        <translation>งบประมาณต่อครัวเรือน (บาท) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="151"/>
        <source>&amp;Notes</source>
        <translation>หมายเหตุ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="162"/>
        <source>Assign</source>
        <translation>มอบหมาย</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="164"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="225"/>
        <source>{count} households will receive this help.</source>
        <translation>จะมอบหมายความช่วยเหลือนี้ให้ {count} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="229"/>
        <source>Left out: {what}.</source>
        <translation>ไม่รวม: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="242"/>
        <source>Give the planned date in the Buddhist Era, e.g. 15/3/2569.</source>
        <translation>กรุณาระบุวันที่กำหนดแล้วเสร็จเป็นปีพุทธศักราช เช่น 15/3/2569</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="274"/>
        <source>Assigning help…</source>
        <translation>กำลังมอบหมายความช่วยเหลือ…</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="287"/>
        <source>Select the households to help first.</source>
        <translation>กรุณาเลือกครัวเรือนที่จะให้ความช่วยเหลือก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/assign_help.py" line="295"/>
        <source>Help assigned to {count} households.</source>
        <translation>มอบหมายความช่วยเหลือให้ {count} ครัวเรือนแล้ว</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <location filename="../../ui/audit_window.py" line="34"/>
        <source>Audit log</source>
        <translation>บันทึกการใช้งาน (Audit log)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="36"/>
        <source>Everyone</source>
        <translation>ผู้ใช้ทุกคน</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="41"/>
        <source>Every action</source>
        <translation>ทุกการกระทำ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="47"/>
        <source>file, user or household ids…</source>
        <translation>ไฟล์ ผู้ใช้ หรือเลขที่ครัวเรือน…</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="54"/>
        <source>from</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="55"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="59"/>
        <source>No.</source>
        <translation>ลำดับที่</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="60"/>
        <source>When</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="61"/>
        <source>Who</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="62"/>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="63"/>
        <source>File or target</source>
        <translation>ไฟล์หรือปลายทาง</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="64"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="68"/>
        <source>Check the log</source>
        <translation>ตรวจสอบความครบถ้วน</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="69"/>
        <source>Every entry is sealed with the one before it: a change made to the database directly, outside the program, shows here.</source>
        <translation>ทุกรายการผนึกต่อเนื่องกับรายการก่อนหน้า หากมีผู้แก้ไขฐานข้อมูลโดยตรงนอกโปรแกรม จะตรวจพบที่นี่</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="73"/>
        <source>Show more</source>
        <translation>แสดงเพิ่ม</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="113"/>
        <source>{shown} of {total} entries</source>
        <translation>{shown} จาก {total} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_window.py" line="122"/>
        <source>✔ The log is intact ({count} entries checked).</source>
        <translation>✔ บันทึกการใช้งานครบถ้วน ไม่ถูกแก้ไข (ตรวจ {count} รายการ)</translation>
    </message>
</context>
<context>
    <name>BeDateEdit</name>
    <message>
        <location filename="../../widgets/be_date_edit.py" line="34"/>
        <source>dd/mm/yyyy (BE)</source>
        <translation>วว/ดด/ปปปป (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../widgets/be_date_edit.py" line="82"/>
        <source>Not a date: type e.g. 15/3/2569 or 15 มี.ค. 2569.</source>
        <translation>ไม่ใช่วันที่ พิมพ์ เช่น 15/3/2569 หรือ 15 มี.ค. 2569</translation>
    </message>
    <message>
        <location filename="../../widgets/be_date_edit.py" line="84"/>
        <source>A date in the Buddhist Era, e.g. 15/3/2569 or 15 มี.ค. 2569. The up and down arrow keys change the day.</source>
        <translation>วันที่แบบพุทธศักราช เช่น 15/3/2569 หรือ 15 มี.ค. 2569 ปุ่มลูกศรขึ้นและลงเปลี่ยนวัน</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="44"/>
        <source>Unexpected error</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="47"/>
        <source>Something went wrong inside KaeJon Desk. Your saved data is safe: every change is saved whole or not at all. Please copy the details below and send them to whoever supports the program, with what you were doing.</source>
        <translation>โปรแกรมแก้จนเดสก์ทำงานผิดพลาด ข้อมูลที่บันทึกแล้วยังปลอดภัย เพราะทุกการแก้ไขจะบันทึกครบทั้งหมดหรือไม่บันทึกเลย กรุณาคัดลอกรายละเอียดด้านล่างส่งให้ผู้ดูแลโปรแกรม พร้อมบอกว่ากำลังทำอะไรอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="58"/>
        <source>Copy details</source>
        <translation>คัดลอกรายละเอียด</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="53"/>
        <source>Welcome to KaeJon Desk</source>
        <translation>ยินดีต้อนรับสู่แก้จนเดสก์</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="60"/>
        <source>Set up the database of your district office. You can change the names later in Settings.</source>
        <translation>ตั้งค่าฐานข้อมูลของสำนักงานอำเภอ ชื่อต่าง ๆ แก้ไขภายหลังได้ที่หน้าตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="74"/>
        <source>e.g. นายสมชาย ใจดี</source>
        <translation>เช่น นายสมชาย ใจดี</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="78"/>
        <source>e.g. พัฒนาการอำเภอ</source>
        <translation>เช่น พัฒนาการอำเภอ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81"/>
        <source>Change…</source>
        <translation>เปลี่ยน…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="86"/>
        <source>Add 2,000 synthetic demo households to try the program</source>
        <translation>เพิ่มครัวเรือนตัวอย่าง (สังเคราะห์) 2,000 ครัวเรือน เพื่อทดลองใช้โปรแกรม</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="89"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="90"/>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="91"/>
        <source>Office name</source>
        <translation>ชื่อหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="92"/>
        <source>District chief (signs letters)</source>
        <translation>นายอำเภอ (ผู้ลงนามหนังสือ)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="93"/>
        <source>Chief&apos;s position</source>
        <translation>ตำแหน่งผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="94"/>
        <source>Responsible officer</source>
        <translation>เจ้าหน้าที่ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="95"/>
        <source>Officer&apos;s position</source>
        <translation>ตำแหน่งเจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="96"/>
        <location filename="../../ui/first_run.py" line="205"/>
        <source>Database file</source>
        <translation>ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="98"/>
        <source>The administrator (you sign in with this account)</source>
        <translation>ผู้ดูแลระบบ (ใช้บัญชีนี้เข้าสู่ระบบ)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="110"/>
        <source>Create database</source>
        <translation>สร้างฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="112"/>
        <source>Open an existing database…</source>
        <translation>เปิดฐานข้อมูลที่มีอยู่…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="114"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="133"/>
        <source>Encrypt the database file (for a laptop; SQLCipher)</source>
        <translation>เข้ารหัสไฟล์ฐานข้อมูล (สำหรับโน้ตบุ๊ก; SQLCipher)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="137"/>
        <source>SQLCipher is not installed with this copy of the program.</source>
        <translation>โปรแกรมชุดนี้ไม่ได้ติดตั้ง SQLCipher</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="145"/>
        <source>8 characters or more</source>
        <translation>อย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="147"/>
        <source>Passphrase again</source>
        <translation>ยืนยันรหัสผ่านฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="148"/>
        <source>Database passphrase</source>
        <translation>รหัสผ่านฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="153"/>
        <source>Everyone signs in with their own password; keep the passphrase in a safe place:</source>
        <translation>ทุกคนเข้าสู่ระบบด้วยรหัสผ่านของตนเอง โปรดเก็บรหัสผ่านฐานข้อมูลไว้ในที่ปลอดภัย</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="156"/>
        <source>it opens the file when a password does not.</source>
        <translation>เพราะใช้เปิดไฟล์ได้เมื่อรหัสผ่านของผู้ใช้เปิดไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="177"/>
        <source>The two passphrases differ.</source>
        <translation>รหัสผ่านฐานข้อมูลสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="179"/>
        <source>The passphrase must not be the administrator&apos;s password.</source>
        <translation>รหัสผ่านฐานข้อมูลต้องไม่ซ้ำกับรหัสผ่านของผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="206"/>
        <location filename="../../ui/pages/settings.py" line="409"/>
        <source>KaeJon database (*.db)</source>
        <translation>ฐานข้อมูลแก้จนเดสก์ (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="217"/>
        <source>Open database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="218"/>
        <source>KaeJon database (*.db);;All files (*)</source>
        <translation>ฐานข้อมูลแก้จนเดสก์ (*.db);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="243"/>
        <source>The administrator&apos;s password needs at least {n} characters.</source>
        <translation>รหัสผ่านของผู้ดูแลระบบต้องมีอย่างน้อย {n} ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../ui/pages/help_page.py" line="156"/>
        <location filename="../../ui/pages/help_page.py" line="239"/>
        <location filename="../../ui/pages/help_page.py" line="625"/>
        <source>House code</source>
        <translation>รหัสบ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="157"/>
        <location filename="../../ui/pages/help_page.py" line="625"/>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="159"/>
        <location filename="../../ui/pages/help_page.py" line="626"/>
        <source>Help</source>
        <translation>ความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="160"/>
        <location filename="../../ui/pages/help_page.py" line="183"/>
        <location filename="../../ui/pages/help_page.py" line="201"/>
        <location filename="../../ui/pages/help_page.py" line="441"/>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="161"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="162"/>
        <source>Planned by</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="163"/>
        <source>Days late</source>
        <translation>เลยกำหนด (วัน)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="164"/>
        <source>Finished</source>
        <translation>วันที่สิ้นสุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="165"/>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="166"/>
        <location filename="../../ui/pages/help_page.py" line="191"/>
        <location filename="../../ui/pages/help_page.py" line="628"/>
        <source>Spent (baht)</source>
        <translation>ใช้จริง (บาท)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="167"/>
        <location filename="../../ui/pages/help_page.py" line="200"/>
        <location filename="../../ui/pages/help_page.py" line="553"/>
        <source>Letter no.</source>
        <translation>เลขที่หนังสือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="168"/>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="169"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="184"/>
        <location filename="../../ui/pages/help_page.py" line="203"/>
        <source>Referrals</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="185"/>
        <source>Open</source>
        <translation>ยังไม่เสร็จ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="186"/>
        <location filename="../../ui/pages/help_page.py" line="294"/>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="187"/>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="188"/>
        <source>Declined</source>
        <translation>ปฏิเสธ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="189"/>
        <source>Median days to done</source>
        <translation>มัธยฐานวันถึงเสร็จ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="190"/>
        <source>Planned (baht)</source>
        <translation>งบที่วางแผน (บาท)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="202"/>
        <location filename="../../ui/pages/help_page.py" line="443"/>
        <source>Letter date</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="204"/>
        <source>Still open</source>
        <translation>ยังไม่สิ้นสุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="205"/>
        <source>State</source>
        <translation>สถานะหนังสือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="206"/>
        <source>Reply keyed</source>
        <translation>บันทึกผลตอบกลับเมื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="255"/>
        <source>Sent, waiting for the reply</source>
        <translation>ส่งแล้ว รอหนังสือตอบกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="256"/>
        <source>Partly answered</source>
        <translation>ตอบกลับบางส่วน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="257"/>
        <source>Answered</source>
        <translation>ตอบกลับครบแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="293"/>
        <source>Not finished</source>
        <translation>ยังไม่แล้วเสร็จ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="295"/>
        <source>Finished (done, declined, cancelled)</source>
        <translation>สิ้นสุดแล้ว (เสร็จสิ้น ปฏิเสธ ยกเลิก)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="297"/>
        <source>All referrals</source>
        <translation>การส่งต่อทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="311"/>
        <source>Record outcome…</source>
        <translation>บันทึกผล…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="312"/>
        <source>Enter or double-click a row</source>
        <translation>กด Enter หรือดับเบิลคลิกที่แถว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="316"/>
        <source>Rows in red are overdue: the planned date has passed and the referral is not finished.</source>
        <translation>แถวสีแดงคือรายการที่เลยกำหนด: เลยวันที่กำหนดแล้วเสร็จแต่การส่งต่อยังไม่สิ้นสุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="322"/>
        <source>&amp;Referrals</source>
        <translation>รายการส่งต่อ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="331"/>
        <source>All agencies</source>
        <translation>ทุกหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="340"/>
        <source>{agency} ({count} waiting)</source>
        <translation>{agency} (รอออกหนังสือ {count} รายการ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="353"/>
        <source>{count} referrals</source>
        <translation>{count} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="355"/>
        <source>showing the first {shown} of {count} referrals; narrow the filter</source>
        <translation>แสดง {shown} รายการแรกจากทั้งหมด {count} รายการ กรุณาเลือกเงื่อนไขให้แคบลง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="359"/>
        <source>{count} overdue</source>
        <translation>เลยกำหนด {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="376"/>
        <source>Select a referral first.</source>
        <translation>กรุณาเลือกรายการส่งต่อก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="389"/>
        <source>Open: not finished. Overdue: open and past the planned date. Median days: from the referral to done. Planned money leaves out declined and cancelled help; spent money is that of done help. Double-click an agency to see its referrals.</source>
        <translation>ยังไม่เสร็จ: รายการที่ยังไม่สิ้นสุด · เลยกำหนด: ยังไม่เสร็จและเลยวันที่กำหนดแล้ว · มัธยฐานจำนวนวัน: นับจากวันส่งต่อถึงวันเสร็จสิ้น · งบที่วางแผนไม่รวมรายการที่ถูกปฏิเสธหรือยกเลิก ส่วนเงินที่ใช้จริงนับเฉพาะรายการที่เสร็จสิ้น · ดับเบิลคลิกที่หน่วยงานเพื่อดูรายการส่งต่อของหน่วยงานนั้น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="404"/>
        <source>By &amp;agency</source>
        <translation>รายหน่วยงาน (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="411"/>
        <source>All agencies: {open} open, {late} overdue, {done} done; planned {planned} baht, spent {spent} baht</source>
        <translation>รวมทุกหน่วยงาน: ยังไม่เสร็จ {open} รายการ เลยกำหนด {late} รายการ เสร็จสิ้น {done} รายการ · งบที่วางแผน {planned} บาท ใช้จริง {spent} บาท</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="429"/>
        <source>Put an agency&apos;s referrals that wait for a letter under one numbered letter; they become referred on the letter&apos;s date. Print the letter in Reports → Documents → Referral letter.</source>
        <translation>รวมรายการส่งต่อของหน่วยงานที่รอออกหนังสือไว้ในหนังสือส่งต่อฉบับเดียวพร้อมเลขที่หนังสือ รายการเหล่านั้นจะมีสถานะ &quot;ส่งต่อแล้ว&quot; ตามวันที่ของหนังสือ พิมพ์หนังสือได้ที่ รายงาน → เอกสาร → หนังสือส่งต่อ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="446"/>
        <source>Create the letter</source>
        <translation>ออกหนังสือส่งต่อ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="455"/>
        <source>Letter numbers start with</source>
        <translation>เลขที่หนังสือขึ้นต้นด้วย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="458"/>
        <source>The office&apos;s reference prefix, e.g. ลป 0018.1; a letter&apos;s number is prefix/BE year/running number.</source>
        <translation>รหัสหนังสือของสำนักงาน เช่น ลป 0018.1 เลขที่หนังสือจะเป็น รหัส/ปี พ.ศ./เลขลำดับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="462"/>
        <source>Save the prefix</source>
        <translation>บันทึกรหัสหนังสือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="475"/>
        <source>Double-click a letter to key its reply.</source>
        <translation>ดับเบิลคลิกที่หนังสือเพื่อบันทึกผลการตอบกลับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="476"/>
        <source>&amp;Letters</source>
        <translation>หนังสือส่งต่อ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="486"/>
        <source>{count} referrals of this agency wait for a letter.</source>
        <translation>หน่วยงานนี้มีรายการส่งต่อที่รอออกหนังสือ {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="509"/>
        <source>next: {number}</source>
        <translation>ถัดไป: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="522"/>
        <source>Give the letter&apos;s date in the Buddhist Era, e.g. 15/3/2569.</source>
        <translation>กรุณาระบุวันที่ของหนังสือเป็นปีพุทธศักราช เช่น 15/3/2569</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="533"/>
        <source>Letter {number} to {agency}: {count} referrals, now referred.</source>
        <translation>ออกหนังสือที่ {number} ถึง {agency} แล้ว จำนวน {count} รายการ สถานะเป็น &quot;ส่งต่อแล้ว&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="537"/>
        <source>Creating the letter…</source>
        <translation>กำลังออกหนังสือส่งต่อ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="555"/>
        <source>the reference number on the agency&apos;s reply, or only its running number</source>
        <translation>เลขที่หนังสือที่อ้างถึงในหนังสือตอบกลับ หรือเฉพาะเลขลำดับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="559"/>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="563"/>
        <source>Type the letter&apos;s number and press Enter. Then key each referral&apos;s outcome (Tab moves on) and save with Ctrl+S.</source>
        <translation>พิมพ์เลขที่หนังสือแล้วกด Enter จากนั้นบันทึกผลของแต่ละรายการ (กด Tab เพื่อไปช่องถัดไป) แล้วกด Ctrl+S เพื่อบันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="570"/>
        <source>Set every line to</source>
        <translation>ตั้งทุกรายการเป็น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="575"/>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="589"/>
        <source>Save the reply (Ctrl+S)</source>
        <translation>บันทึกผลการตอบกลับ (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="594"/>
        <source>&amp;Key a reply</source>
        <translation>บันทึกผลตอบกลับ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="613"/>
        <source>No letter has the number {number}.</source>
        <translation>ไม่พบหนังสือเลขที่ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="620"/>
        <source>Letter {number} to {agency}, dated {date}: {count} referrals, {open} still open</source>
        <translation>หนังสือที่ {number} ถึง {agency} ลงวันที่ {date}: {count} รายการ ยังไม่สิ้นสุด {open} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="626"/>
        <source>Now</source>
        <translation>สถานะเดิม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="627"/>
        <source>New status</source>
        <translation>สถานะใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="627"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="628"/>
        <source>Outcome</source>
        <translation>ผลการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="643"/>
        <source>(no change)</source>
        <translation>(ไม่เปลี่ยน)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="701"/>
        <source>{code}: give the date in the Buddhist Era, e.g. 15/3/2569.</source>
        <translation>{code}: กรุณาระบุวันที่เป็นปีพุทธศักราช เช่น 15/3/2569</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="719"/>
        <source>Nothing was changed.</source>
        <translation>ไม่มีรายการที่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="730"/>
        <source>Saved: {count} referrals of letter {number}.</source>
        <translation>บันทึกแล้ว: {count} รายการของหนังสือที่ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="735"/>
        <source>Saving the reply…</source>
        <translation>กำลังบันทึกผลการตอบกลับ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="753"/>
        <source>Find a household by name, national ID, house code or house number</source>
        <translation>ค้นหาครัวเรือนจากชื่อ เลขประจำตัวประชาชน รหัสบ้าน หรือบ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="769"/>
        <source>The help menu (เมนูแก้จน) proposes kinds of help from a household&apos;s failed indicators and weak capitals. Find a household on the left.</source>
        <translation>เมนูแก้จนเสนอประเภทความช่วยเหลือจากตัวชี้วัดที่ไม่ผ่านและทุนที่อ่อนของครัวเรือน ค้นหาครัวเรือนทางด้านซ้าย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="776"/>
        <source>Kind of help</source>
        <translation>ประเภทความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="776"/>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="777"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="777"/>
        <source>Offered by</source>
        <translation>หน่วยงานที่ให้บริการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="789"/>
        <source>Assign help…</source>
        <translation>มอบหมายความช่วยเหลือ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="794"/>
        <source>Solved it themselves…</source>
        <translation>แก้ไขได้ด้วยตนเอง…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="795"/>
        <source>Out of poverty…</source>
        <translation>พ้นความยากจน…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="796"/>
        <source>Reopen…</source>
        <translation>เปิดการช่วยเหลือใหม่…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="804"/>
        <source>Help this household has had</source>
        <translation>ความช่วยเหลือที่ครัวเรือนนี้ได้รับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="812"/>
        <source>Help &amp;menu</source>
        <translation>เมนูแก้จน (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="849"/>
        <source>{code} · {head} · {village} · help status: {status}</source>
        <translation>{code} · {head} · {village} · สถานะการช่วยเหลือ: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="859"/>
        <source>(already given)</source>
        <translation>(ได้รับแล้ว)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="876"/>
        <location filename="../../ui/pages/help_page.py" line="910"/>
        <source>Find and choose a household first.</source>
        <translation>กรุณาค้นหาและเลือกครัวเรือนก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="879"/>
        <source>Why has the household solved its problems itself? (the reason is kept in its history)</source>
        <translation>เหตุใดครัวเรือนจึงแก้ไขปัญหาได้ด้วยตนเอง (เหตุผลจะบันทึกไว้ในประวัติ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="881"/>
        <source>Why is the household out of poverty? (e.g. the village meeting confirmed it)</source>
        <translation>เหตุใดครัวเรือนจึงพ้นความยากจน (เช่น ที่ประชุมประชาคมหมู่บ้านรับรองแล้ว)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="883"/>
        <source>Why is the household&apos;s help reopened?</source>
        <translation>เหตุใดจึงเปิดการช่วยเหลือครัวเรือนนี้ใหม่</translation>
    </message>
</context>
<context>
    <name>HistoryLogWindow</name>
    <message>
        <location filename="../../ui/case_tools.py" line="237"/>
        <source>History of changes</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="239"/>
        <source>Everyone</source>
        <translation>ผู้ใช้ทุกคน</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="244"/>
        <source>Every kind of record</source>
        <translation>ข้อมูลทุกประเภท</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="250"/>
        <source>household number</source>
        <translation>เลขที่ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="252"/>
        <source>value or reason contains…</source>
        <translation>ค่าหรือเหตุผลที่มีคำว่า…</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="259"/>
        <source>from</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="260"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="263"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="264"/>
        <source>Who</source>
        <translation>ผู้แก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="265"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="266"/>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="267"/>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="268"/>
        <source>Old</source>
        <translation>ค่าเดิม</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="269"/>
        <source>New</source>
        <translation>ค่าใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="270"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="273"/>
        <source>Show more</source>
        <translation>แสดงเพิ่ม</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="305"/>
        <source>{shown} of {total} changes</source>
        <translation>{shown} จาก {total} รายการ</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <location filename="../../ui/household_editor.py" line="198"/>
        <source>Read only: this household is in {here}, outside the subdistricts you edit ({mine}).</source>
        <translation>ดูได้อย่างเดียว: ครัวเรือนนี้อยู่ ต.{here} นอกตำบลที่ท่านแก้ไขได้ ({mine})</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="202"/>
        <source>Read only: your role ({role}) may not change this household.</source>
        <translation>ดูได้อย่างเดียว: สิทธิ์ของท่าน ({role}) แก้ไขครัวเรือนนี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="221"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="223"/>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="225"/>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="228"/>
        <location filename="../../ui/household_editor.py" line="288"/>
        <source>Record visit…</source>
        <translation>บันทึกการสอบทาน…</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="230"/>
        <source>Change status…</source>
        <translation>เปลี่ยนสถานะ…</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="233"/>
        <source>Undo last saved change…</source>
        <translation>ยกเลิกการแก้ไขที่บันทึกล่าสุด…</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="235"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="248"/>
        <source>Show national IDs</source>
        <translation>แสดงเลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="249"/>
        <source>Shows the full numbers of this household; the audit log records that you looked.</source>
        <translation>แสดงเลขประจำตัวประชาชนเต็มของครัวเรือนนี้ โดยบันทึกการเข้าดูไว้ในบันทึกการใช้งาน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="272"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="273"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="274"/>
        <source>Problems</source>
        <translation>ปัญหา 5 มิติ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="275"/>
        <source>5 capitals</source>
        <translation>ทุน 5 ด้าน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="276"/>
        <location filename="../../ui/household_editor.py" line="558"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="277"/>
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="278"/>
        <source>Team</source>
        <translation>ทีมสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="279"/>
        <source>Informant</source>
        <translation>ผู้ให้ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="280"/>
        <source>What was found</source>
        <translation>สิ่งที่พบ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="281"/>
        <location filename="../../ui/household_editor.py" line="310"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="282"/>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="283"/>
        <source>To</source>
        <translation>เป็น</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="284"/>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="285"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="292"/>
        <source>Status changes</source>
        <translation>การเปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="294"/>
        <source>Visits</source>
        <translation>การสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="297"/>
        <source>Assign help…</source>
        <translation>มอบหมายความช่วยเหลือ…</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="300"/>
        <location filename="../../ui/household_editor.py" line="308"/>
        <source>Help</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="301"/>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="302"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="303"/>
        <source>Planned</source>
        <translation>กำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="304"/>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="305"/>
        <source>Planned (baht)</source>
        <translation>งบที่วางไว้ (บาท)</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="306"/>
        <source>Spent (baht)</source>
        <translation>ใช้จริง (บาท)</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="309"/>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="311"/>
        <source>Who</source>
        <translation>ผู้แก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="312"/>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="313"/>
        <source>Old</source>
        <translation>ค่าเดิม</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="314"/>
        <source>New</source>
        <translation>ค่าใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="315"/>
        <location filename="../../ui/household_editor.py" line="561"/>
        <source>Change</source>
        <translation>การแก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="316"/>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="333"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="343"/>
        <source>In a municipality</source>
        <translation>อยู่ในเขตเทศบาล</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="349"/>
        <source>House code</source>
        <translation>รหัสบ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="350"/>
        <source>House number</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="351"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="352"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="353"/>
        <source>Soi</source>
        <translation>ซอย</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="354"/>
        <source>Road</source>
        <translation>ถนน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="356"/>
        <source>GPS (latitude, longitude)</source>
        <translation>พิกัด GPS (ละติจูด, ลองจิจูด)</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="359"/>
        <source>Case</source>
        <translation>ข้อมูลกรณี</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="363"/>
        <source>Has a state welfare card</source>
        <translation>มีบัตรสวัสดิการแห่งรัฐ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="364"/>
        <source>On the TPMAP list</source>
        <translation>อยู่ในบัญชี TPMAP</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="365"/>
        <source>On the ThaiQM list</source>
        <translation>อยู่ในบัญชี ThaiQM</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="372"/>
        <location filename="../../ui/household_editor.py" line="504"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="373"/>
        <source>Farmer book number</source>
        <translation>เลขที่สมุดทะเบียนเกษตรกร</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="377"/>
        <source>Source of the case</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="378"/>
        <source>Stage</source>
        <translation>ขั้นของครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="379"/>
        <source>Responsible agency</source>
        <translation>หน่วยงานรับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="381"/>
        <location filename="../../ui/household_editor.py" line="505"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="426"/>
        <source>Add member</source>
        <translation>เพิ่มสมาชิก</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="428"/>
        <source>Remove member</source>
        <translation>ลบสมาชิก</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="430"/>
        <source>Make head of household</source>
        <translation>ตั้งเป็นหัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="437"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="437"/>
        <location filename="../../ui/household_editor.py" line="487"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="438"/>
        <location filename="../../ui/household_editor.py" line="492"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="438"/>
        <source>Born</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="439"/>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="439"/>
        <source>Relation</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="440"/>
        <source>Head</source>
        <translation>หัวหน้า</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="453"/>
        <source>Selected member</source>
        <translation>สมาชิกที่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="459"/>
        <source>why there is no ID, e.g. no card</source>
        <translation>เหตุที่ไม่มีเลข เช่น ไม่มีบัตร</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="477"/>
        <source>yes</source>
        <translation>ได้</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="478"/>
        <source>no</source>
        <translation>ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="488"/>
        <source>If no ID, why</source>
        <translation>ถ้าไม่มีเลข เพราะ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="489"/>
        <source>Title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="490"/>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="491"/>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="493"/>
        <source>Birth date (BE)</source>
        <translation>วันเกิด (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="494"/>
        <source>Relation to the head</source>
        <translation>ความสัมพันธ์กับหัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="496"/>
        <source>Living here</source>
        <translation>สถานะการอยู่อาศัย</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="497"/>
        <source>Health</source>
        <translation>สุขภาพ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="498"/>
        <source>Disability</source>
        <translation>ความพิการ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="499"/>
        <source>Education</source>
        <translation>การศึกษา</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="500"/>
        <source>Work</source>
        <translation>การทำงาน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="501"/>
        <source>Occupation</source>
        <translation>อาชีพ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="502"/>
        <source>Income (baht a year)</source>
        <translation>รายได้ (บาทต่อปี)</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="503"/>
        <source>Reads and writes Thai</source>
        <translation>อ่านเขียนภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="507"/>
        <source>Welfare received</source>
        <translation>สวัสดิการที่ได้รับ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="536"/>
        <source>Tick the indicators the household fails. A dimension ticked without an indicator means the list said it fails, without saying why.</source>
        <translation>เลือกตัวชี้วัดที่ครัวเรือนไม่ผ่าน ถ้าเลือกเฉพาะมิติโดยไม่เลือกตัวชี้วัด หมายถึงบัญชีระบุว่าไม่ผ่านมิตินั้นแต่ไม่ได้ระบุตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="550"/>
        <source>Add assessment round</source>
        <translation>เพิ่มรอบการประเมิน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="552"/>
        <source>Remove round</source>
        <translation>ลบรอบ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="558"/>
        <source>Round</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="560"/>
        <source>Mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="560"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="568"/>
        <source>Score each capital from 1 (very weak) to 4 (strong). The mean gives the level: 1.00–1.74 อยู่ลำบาก, 1.75–2.49 อยู่ยาก, 2.50–3.24 อยู่พอได้, 3.25–4.00 อยู่ดี.</source>
        <translation>ให้คะแนนทุนแต่ละด้าน 1 (อ่อนมาก) ถึง 4 (เข้มแข็ง) ค่าเฉลี่ยบอกระดับครัวเรือน: 1.00–1.74 อยู่ลำบาก, 1.75–2.49 อยู่ยาก, 2.50–3.24 อยู่พอได้, 3.25–4.00 อยู่ดี</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="578"/>
        <source>Attach photo or scan…</source>
        <translation>แนบรูปถ่ายหรือเอกสารสแกน…</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="580"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="582"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="588"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="589"/>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="590"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="591"/>
        <source>Added</source>
        <translation>วันที่แนบ</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="706"/>
        <source>no ID</source>
        <translation>ไม่มีเลข</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="920"/>
        <source>better</source>
        <translation>ดีขึ้น</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="921"/>
        <source>same</source>
        <translation>คงที่</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="922"/>
        <source>worse</source>
        <translation>แย่ลง</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="998"/>
        <source>Your changes:</source>
        <translation>การแก้ไขของคุณ:</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="1051"/>
        <source>New household</source>
        <translation>ครัวเรือนใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="1057"/>
        <source>Verification: {v} · Help: {h}</source>
        <translation>การสอบทาน: {v} · การช่วยเหลือ: {h}</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="1061"/>
        <source>not saved yet</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="1064"/>
        <source>Household – {name}</source>
        <translation>ครัวเรือน – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="1093"/>
        <source>{days} days late</source>
        <translation>เลยกำหนด {days} วัน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="1156"/>
        <source>Save or undo your unsaved edits first (Ctrl+Z).</source>
        <translation>กรุณาบันทึกหรือเลิกทำการแก้ไขที่ยังไม่ได้บันทึกก่อน (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="1162"/>
        <source>There is no saved change to undo.</source>
        <translation>ไม่มีการแก้ไขที่บันทึกแล้วให้ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="1165"/>
        <source>Undo “{what}” by {who}? The undo is itself kept in the history.</source>
        <translation>ยกเลิก “{what}” ของ {who} หรือไม่ การยกเลิกนี้จะถูกบันทึกไว้ในประวัติด้วย</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="1197"/>
        <source>Attach a photo or a scan</source>
        <translation>แนบรูปถ่ายหรือเอกสารสแกน</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="1198"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)</source>
        <translation>รูปถ่ายและเอกสารสแกน (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/household_editor.py" line="1227"/>
        <source>Remove this file from the household? This cannot be undone here; a backup still holds it.</source>
        <translation>ลบไฟล์นี้ออกจากครัวเรือนหรือไม่ การลบนี้ยกเลิกในหน้านี้ไม่ได้ แต่ไฟล์สำรองข้อมูลยังมีไฟล์นี้อยู่</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <location filename="../../ui/pages/households.py" line="85"/>
        <source>House code</source>
        <translation>รหัสบ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="86"/>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="87"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="88"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="89"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="90"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="91"/>
        <source>Failed dimensions</source>
        <translation>มิติที่ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="92"/>
        <source>Verification</source>
        <translation>การสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="93"/>
        <source>Help</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="94"/>
        <source>Last visit</source>
        <translation>เยี่ยมล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="95"/>
        <source>Responsible agency</source>
        <translation>หน่วยงานรับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="284"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="285"/>
        <source>New household</source>
        <translation>เพิ่มครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="287"/>
        <source>Key village results</source>
        <translation>บันทึกผลสอบทานรายหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="298"/>
        <source>Review imported people</source>
        <translation>ตรวจสอบรายชื่อจากการนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="300"/>
        <source>History of changes</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="289"/>
        <source>Export to Excel</source>
        <translation>ส่งออก Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="294"/>
        <source>More</source>
        <translation>เพิ่มเติม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="296"/>
        <source>Merge duplicates…</source>
        <translation>รวมครัวเรือนซ้ำ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="311"/>
        <source>Search by name, national ID, house code or house number</source>
        <translation>ค้นหาด้วยชื่อ เลขประจำตัวประชาชน รหัสบ้าน หรือบ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="322"/>
        <source>All subdistricts</source>
        <translation>ทุกตำบล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="323"/>
        <source>All villages</source>
        <translation>ทุกหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="324"/>
        <source>All list years</source>
        <translation>ทุกปีของบัญชี</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="325"/>
        <source>All verification statuses</source>
        <translation>ทุกสถานะการสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="326"/>
        <source>All help statuses</source>
        <translation>ทุกสถานะการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="327"/>
        <source>All levels</source>
        <translation>ทุกระดับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="328"/>
        <source>All dimensions</source>
        <translation>ทุกมิติ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="329"/>
        <source>All agencies</source>
        <translation>ทุกหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="330"/>
        <source>All lists</source>
        <translation>ทุกบัญชี</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="331"/>
        <source>Help overdue</source>
        <translation>เลยกำหนดช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="332"/>
        <source>Only households with help planned before today and not done yet</source>
        <translation>เฉพาะครัวเรือนที่มีการช่วยเหลือกำหนดไว้ก่อนวันนี้แต่ยังไม่เสร็จ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="291"/>
        <source>Assign help…</source>
        <translation>มอบหมายความช่วยเหลือ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="344"/>
        <source>Clear filters</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="346"/>
        <source>Back to all subdistricts, statuses, agencies and lists (the search text stays)</source>
        <translation>กลับไปแสดงทุกตำบล ทุกสถานะ ทุกหน่วยงาน และทุกรายชื่อ (คำค้นหายังอยู่)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="364"/>
        <source>Show all households</source>
        <translation>แสดงครัวเรือนทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="473"/>
        <source>Review imported people ({n})</source>
        <translation>ตรวจสอบรายชื่อจากการนำเข้า ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="529"/>
        <source>From the overview: {what}</source>
        <translation>จากหน้าภาพรวม: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="618"/>
        <source>{count} households</source>
        <translation>{count} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="620"/>
        <source>{count}+ households (counting…)</source>
        <translation>{count}+ ครัวเรือน (กำลังนับ…)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="675"/>
        <source>Select the two households that are the same family (Ctrl+click).</source>
        <translation>เลือกสองครัวเรือนที่เป็นครอบครัวเดียวกัน (กด Ctrl ค้างแล้วคลิก)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="714"/>
        <source>Export the list to Excel</source>
        <translation>ส่งออกรายชื่อเป็น Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="715"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="722"/>
        <source>Target households</source>
        <translation>ครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="723"/>
        <source>{count} households · exported {date}</source>
        <translation>{count} ครัวเรือน · ส่งออกเมื่อ {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="742"/>
        <source>Writing the Excel file…</source>
        <translation>กำลังเขียนไฟล์ Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="743"/>
        <source>{count} households written to {path}.</source>
        <translation>บันทึก {count} ครัวเรือนลงไฟล์ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="142"/>
        <source>Header row</source>
        <translation>แถวหัวตาราง</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="147"/>
        <source>Blank row: not data</source>
        <translation>แถวว่าง: ไม่ใช่ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="148"/>
        <source>Total row: not data</source>
        <translation>แถวยอดรวม: ไม่ใช่ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="149"/>
        <source>Note: not data</source>
        <translation>หมายเหตุ: ไม่ใช่ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="150"/>
        <source>Column numbers: not data</source>
        <translation>แถวเลขลำดับคอลัมน์: ไม่ใช่ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="151"/>
        <source>The header repeated: not data</source>
        <translation>หัวตารางซ้ำ: ไม่ใช่ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="186"/>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="187"/>
        <source>Header in the file</source>
        <translation>หัวคอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="188"/>
        <source>Sample values</source>
        <translation>ตัวอย่างข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="189"/>
        <source>Import as</source>
        <translation>นำเข้าเป็น</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="251"/>
        <source>(no header)</source>
        <translation>(ไม่มีหัวคอลัมน์)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="289"/>
        <source>— not imported —</source>
        <translation>— ไม่นำเข้า —</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="410"/>
        <location filename="../../ui/pages/import_page.py" line="96"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="421"/>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/models.py" line="421"/>
        <source>no</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="78"/>
        <source>Detect from the file</source>
        <translation>ตรวจจากไฟล์ (อัตโนมัติ)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="81"/>
        <source>JPT (basic minimum needs survey)</source>
        <translation>จปฐ. (ข้อมูลความจำเป็นพื้นฐาน)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="83"/>
        <source>Local list</source>
        <translation>รายชื่อของหน่วยงานในพื้นที่</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="188"/>
        <source>Import a household list from TPMAP, ThaiQM, JPT or your own Excel or CSV file. Nothing is saved until you press Import in the last step, and an import can be undone afterwards.</source>
        <translation>นำเข้ารายชื่อครัวเรือนจาก TPMAP, ThaiQM, จปฐ. หรือไฟล์ Excel หรือ CSV ของหน่วยงานเอง โปรแกรมจะยังไม่บันทึกอะไรจนกว่าจะกด “นำเข้า” ในขั้นสุดท้าย และยกเลิกการนำเข้าภายหลังได้</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="199"/>
        <location filename="../../ui/import_wizard/steps.py" line="283"/>
        <source>No file chosen yet</source>
        <translation>ยังไม่ได้เลือกไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="204"/>
        <source>Drag an Excel (.xlsx, .xls), .ods or .csv file onto this page, or</source>
        <translation>ลากไฟล์ Excel (.xlsx, .xls), .ods หรือ .csv มาวางที่หน้านี้ หรือ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="207"/>
        <location filename="../../ui/import_wizard/steps.py" line="285"/>
        <source>&amp;Choose a file…</source>
        <translation>เลือกไฟล์…(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="233"/>
        <source>&amp;Source of the list</source>
        <translation>ระบบต้นทางของรายชื่อ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="235"/>
        <source>List &amp;year (B.E.)</source>
        <translation>ปีของรายชื่อ (พ.ศ.)(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="262"/>
        <source>Read from the file: {year}. Check it before importing.</source>
        <translation>ปีที่อ่านจากไฟล์: {year} โปรดตรวจสอบก่อนนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="265"/>
        <source>The file names the year {year}; you chose {chosen}.</source>
        <translation>ไฟล์ระบุปี {year} แต่ท่านเลือกปี {chosen}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="288"/>
        <source>in {folder}</source>
        <translation>ในโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="290"/>
        <source>&amp;Choose another file…</source>
        <translation>เลือกไฟล์อื่น…(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="315"/>
        <source>Check that the right sheet is chosen and that the highlighted row is the row of column headers. Grey rows (blank rows, totals, notes) are not read as data. Double-click a row to make it the header.</source>
        <translation>ตรวจว่าเลือกแผ่นงานถูกต้อง และแถวที่ระบายสีฟ้าคือแถวหัวคอลัมน์ แถวตัวอักษรสีเทา (แถวว่าง ยอดรวม หมายเหตุ) จะไม่ถูกอ่านเป็นข้อมูล ดับเบิลคลิกที่แถวใดเพื่อใช้แถวนั้นเป็นหัวตาราง</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="325"/>
        <source>S&amp;heet</source>
        <translation>แผ่นงาน(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="330"/>
        <source>Header &amp;row</source>
        <translation>แถวหัวตาราง(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="335"/>
        <source>Header rows</source>
        <translation>จำนวนแถวหัวตาราง</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="337"/>
        <source>&amp;Find the header again</source>
        <translation>หาหัวตารางอัตโนมัติ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="401"/>
        <source>found by the program</source>
        <translation>โปรแกรมหาให้</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="402"/>
        <source>set by you</source>
        <translation>คุณกำหนดเอง</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="403"/>
        <source>Header: row {rows} ({how}). Data rows: {data:,}; rows that are not data: {skipped:,}.</source>
        <translation>หัวตาราง: แถวที่ {rows} ({how}) · แถวข้อมูล {data:,} แถว · แถวที่ไม่ใช่ข้อมูล {skipped:,} แถว</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="452"/>
        <source>{name} (empty)</source>
        <translation>{name} (ว่าง)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="454"/>
        <source>{name} ({rows:,} rows, hidden)</source>
        <translation>{name} ({rows:,} แถว, ซ่อนอยู่)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="456"/>
        <source>{name} ({rows:,} rows)</source>
        <translation>{name} ({rows:,} แถว)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="495"/>
        <source>Check what each column of the file is imported as. Columns were matched from their headers; change any that are wrong, and choose “— not imported —” for columns you do not need.</source>
        <translation>ตรวจว่าแต่ละคอลัมน์ของไฟล์จะนำเข้าเป็นข้อมูลอะไร โปรแกรมจับคู่จากหัวคอลัมน์ให้แล้ว แก้คอลัมน์ที่ไม่ถูกต้อง และเลือก “— ไม่นำเข้า —” สำหรับคอลัมน์ที่ไม่ต้องการ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="502"/>
        <source>&amp;Match from the headers again</source>
        <translation>จับคู่จากหัวคอลัมน์ใหม่(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="534"/>
        <source>Source: {source}.</source>
        <translation>ระบบต้นทาง: {source}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="536"/>
        <source>The mapping saved when {name} was imported is used again.</source>
        <translation>ใช้การจับคู่คอลัมน์ที่บันทึกไว้ตอนนำเข้า {name}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="568"/>
        <source>Data rows read</source>
        <translation>แถวที่อ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="569"/>
        <source>New people</source>
        <translation>คนใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="570"/>
        <source>People with changes</source>
        <translation>คนที่ข้อมูลเปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="571"/>
        <source>Unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="572"/>
        <source>Not imported</source>
        <translation>ไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="573"/>
        <source>To review</source>
        <translation>รอตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="574"/>
        <source>New households</source>
        <translation>ครัวเรือนใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="575"/>
        <source>Households with changes</source>
        <translation>ครัวเรือนที่เปลี่ยน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="576"/>
        <source>Households gone from the list</source>
        <translation>ครัวเรือนที่หายไป</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="594"/>
        <source>Dimensions newly failed</source>
        <translation>มิติที่ตกเกณฑ์เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="596"/>
        <source>On the {source} list</source>
        <translation>อยู่ในรายชื่อ {source}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="619"/>
        <source>Tick all</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="620"/>
        <source>Untick all</source>
        <translation>ไม่เลือกทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="645"/>
        <source>This is what the import would do; nothing has been saved yet. Untick the people you do not want to import.</source>
        <translation>นี่คือสิ่งที่การนำเข้าจะทำ ยังไม่มีการบันทึกใด ๆ เอาเครื่องหมายถูกออกจากคนที่ไม่ต้องการนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="654"/>
        <location filename="../../ui/import_wizard/steps.py" line="665"/>
        <location filename="../../ui/import_wizard/steps.py" line="679"/>
        <location filename="../../ui/pages/import_page.py" line="353"/>
        <source>Row</source>
        <translation>แถวที่</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="655"/>
        <location filename="../../ui/import_wizard/steps.py" line="680"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="656"/>
        <location filename="../../ui/import_wizard/steps.py" line="681"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="657"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="661"/>
        <location filename="../../ui/import_wizard/steps.py" line="666"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="662"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="667"/>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="668"/>
        <source>Field</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="669"/>
        <source>Now</source>
        <translation>ค่าปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="670"/>
        <source>After the import</source>
        <translation>หลังนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="673"/>
        <source>Household no.</source>
        <translation>เลขครัวเรือนในโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="675"/>
        <source>Head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="676"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="682"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="686"/>
        <source>Why it needs checking</source>
        <translation>เหตุที่ต้องตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="692"/>
        <source>People who are not in the database yet. Untick a row to leave it out (space bar on the selected row).</source>
        <translation>คนที่ยังไม่มีในฐานข้อมูล เอาเครื่องหมายถูกออกเพื่อไม่นำเข้าแถวนั้น (กด Space ที่แถวที่เลือกอยู่)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="695"/>
        <source>Values that change on households and people already in the database, old → new. Untick a row to keep what the database has.</source>
        <translation>ค่าที่จะเปลี่ยนของครัวเรือนและบุคคลที่มีอยู่แล้ว (ค่าปัจจุบัน → หลังนำเข้า) เอาเครื่องหมายถูกออกเพื่อคงค่าเดิมไว้</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="698"/>
        <source>Households an earlier list from the same source had and this file does not. They are flagged for follow-up, never deleted.</source>
        <translation>ครัวเรือนที่มีในรายชื่อครั้งก่อนจากระบบเดียวกัน แต่ไม่มีในไฟล์นี้ จะถูกทำเครื่องหมายไว้เพื่อติดตาม ไม่ถูกลบ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="701"/>
        <source>Rows that will not be imported, with the row number as Excel shows it and the reason. Save them as Excel to fix and import again.</source>
        <translation>แถวที่จะไม่นำเข้า พร้อมเลขแถวตามที่ Excel แสดงและเหตุผล บันทึกเป็น Excel เพื่อแก้ไขแล้วนำเข้าใหม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="705"/>
        <source>Households that may be the same as ones in the database. They are not merged: check them by hand.</source>
        <translation>ครัวเรือนที่อาจเป็นครัวเรือนเดียวกับที่มีในฐานข้อมูล โปรแกรมจะไม่รวมให้เอง กรุณาตรวจสอบด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="852"/>
        <source>What this import added has been removed and the values it changed are back as they were.</source>
        <translation>ลบสิ่งที่การนำเข้านี้เพิ่มออกแล้ว และค่าที่เปลี่ยนไปได้กลับเป็นค่าเดิมแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="856"/>
        <source>Removed {households} households and {members} people; put back {restored} values.</source>
        <translation>ลบ {households} ครัวเรือน {members} คน และคืนค่าเดิม {restored} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="689"/>
        <source>Save the rows not imported as E&amp;xcel…</source>
        <translation>บันทึกรายการที่ไม่นำเข้าเป็น Excel…(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="721"/>
        <source>joins {household}</source>
        <translation>เพิ่มในครัวเรือนของ {household}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="743"/>
        <source>New ({n:,})</source>
        <translation>ใหม่ ({n:,})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="744"/>
        <source>Changed ({n:,})</source>
        <translation>เปลี่ยนแปลง ({n:,})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="745"/>
        <source>Gone ({n:,})</source>
        <translation>หายไป ({n:,})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="746"/>
        <source>Not imported ({n:,})</source>
        <translation>ไม่นำเข้า ({n:,})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="747"/>
        <source>To review ({n:,})</source>
        <translation>รอตรวจสอบ ({n:,})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="762"/>
        <source>Rows you unticked: {n:,}.</source>
        <translation>แถวที่คุณไม่เลือก: {n:,} แถว</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="781"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="782"/>
        <source>Sheet</source>
        <translation>แผ่นงาน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="783"/>
        <source>Source</source>
        <translation>ระบบต้นทาง</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="784"/>
        <source>List year</source>
        <translation>ปีของรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="785"/>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="786"/>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="787"/>
        <source>Left out</source>
        <translation>ไม่นำเข้าตามที่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="794"/>
        <source>Everything is saved in one go: if anything goes wrong on the way, nothing changes. You can undo this import afterwards.</source>
        <translation>ทุกอย่างบันทึกพร้อมกันในครั้งเดียว หากเกิดปัญหาระหว่างทาง ฐานข้อมูลจะไม่เปลี่ยนเลย และยกเลิกการนำเข้านี้ภายหลังได้</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="798"/>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="814"/>
        <source>Import &amp;another file</source>
        <translation>นำเข้าไฟล์อื่น(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="815"/>
        <source>&amp;Undo this import</source>
        <translation>ยกเลิกการนำเข้านี้(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="842"/>
        <source>Saved as import number {id}.</source>
        <translation>บันทึกแล้ว เป็นการนำเข้าครั้งที่ {id}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard/steps.py" line="850"/>
        <source>Import number {id} has been undone.</source>
        <translation>ยกเลิกการนำเข้าครั้งที่ {id} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="54"/>
        <source>Choose a household list</source>
        <translation>เลือกไฟล์รายชื่อครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="55"/>
        <source>Spreadsheets and CSV ({patterns});;All files (*)</source>
        <translation>ไฟล์ตารางคำนวณและ CSV ({patterns});;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="63"/>
        <source>Save the rows not imported</source>
        <translation>บันทึกรายการที่ไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="64"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="92"/>
        <source>Choose the file</source>
        <translation>เลือกไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="93"/>
        <source>Sheet and header</source>
        <translation>แผ่นงานและหัวตาราง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="95"/>
        <source>Check</source>
        <translation>ตรวจดูก่อนนำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="94"/>
        <source>Match the columns</source>
        <translation>จับคู่คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="111"/>
        <source>Start &amp;over</source>
        <translation>เริ่มใหม่(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="112"/>
        <source>« &amp;Back</source>
        <translation>« ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="113"/>
        <source>&amp;Next »</source>
        <translation>ถัดไป(&amp;N) »</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="143"/>
        <source>Importing household lists is for officers and administrators. Your role ({role}) reads the data only.</source>
        <translation>การนำเข้าบัญชีครัวเรือนทำได้เฉพาะเจ้าหน้าที่และผู้ดูแลระบบ สิทธิ์ของท่าน ({role}) ดูข้อมูลได้อย่างเดียว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="301"/>
        <source>Reading {name}…</source>
        <translation>กำลังอ่าน {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="334"/>
        <source>Checking {rows:,} rows…</source>
        <translation>กำลังตรวจ {rows:,} แถว…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="342"/>
        <source>{stem} - not imported.xlsx</source>
        <translation>{stem} - ไม่นำเข้า.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="354"/>
        <source>Reason not imported</source>
        <translation>เหตุผลที่ไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="361"/>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="362"/>
        <source>{n:,} rows not imported were saved to {path}.</source>
        <translation>บันทึกรายการที่ไม่นำเข้า {n:,} แถวไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="377"/>
        <source>{sheet}, header on row {row}</source>
        <translation>{sheet} (หัวตารางแถวที่ {row})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="381"/>
        <source>{new:,} new, {updated:,} with changes, {unchanged:,} unchanged, {rejected:,} not imported, {review:,} to review</source>
        <translation>ใหม่ {new:,} คน · ข้อมูลเปลี่ยน {updated:,} คน · ไม่เปลี่ยนแปลง {unchanged:,} คน · ไม่นำเข้า {rejected:,} แถว · รอตรวจสอบ {review:,} แถว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="387"/>
        <source>{new:,} new, {updated:,} with changes, {gone:,} gone from the list</source>
        <translation>ใหม่ {new:,} ครัวเรือน · เปลี่ยนแปลง {updated:,} ครัวเรือน · หายไปจากรายชื่อ {gone:,} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="392"/>
        <source>{n:,} rows you unticked</source>
        <translation>{n:,} แถวที่คุณไม่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="393"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="417"/>
        <source>Importing {rows:,} rows…</source>
        <translation>กำลังนำเข้า {rows:,} แถว…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="425"/>
        <source>Undo import number {id}? The households and people it added are removed and the values it changed are put back.</source>
        <translation>ยกเลิกการนำเข้าครั้งที่ {id} หรือไม่? ครัวเรือนและบุคคลที่การนำเข้านี้เพิ่มจะถูกลบ และค่าที่เปลี่ยนไปจะกลับเป็นค่าเดิม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="441"/>
        <source>Undoing the import…</source>
        <translation>กำลังยกเลิกการนำเข้า…</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../ui/app.py" line="125"/>
        <source>Give KAEJON_USER and KAEJON_PASSWORD to open this database without the login dialog.</source>
        <translation>ระบุ KAEJON_USER และ KAEJON_PASSWORD เพื่อเปิดฐานข้อมูลนี้โดยไม่ผ่านหน้าเข้าสู่ระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="54"/>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="65"/>
        <location filename="../../ui/login.py" line="112"/>
        <source>Sign in to KaeJon Desk</source>
        <translation>เข้าสู่ระบบแก้จนเดสก์</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="76"/>
        <location filename="../../ui/login.py" line="126"/>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="77"/>
        <location filename="../../ui/login.py" line="127"/>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="82"/>
        <location filename="../../ui/login.py" line="136"/>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="84"/>
        <location filename="../../ui/login.py" line="144"/>
        <location filename="../../ui/login.py" line="219"/>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="119"/>
        <source>This database is encrypted.</source>
        <translation>ฐานข้อมูลนี้เข้ารหัสไว้</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="120"/>
        <source>Your user name and password open it.</source>
        <translation>ชื่อผู้ใช้และรหัสผ่านของท่านใช้เปิดได้</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="125"/>
        <source>only the first time</source>
        <translation>เฉพาะครั้งแรก</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="128"/>
        <source>Database passphrase</source>
        <translation>รหัสผ่านฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="138"/>
        <source>Database passphrase…</source>
        <translation>รหัสผ่านฐานข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="140"/>
        <source>The first time you open this encrypted database, or after its passphrase changed: give the passphrase once, then your password opens it.</source>
        <translation>ครั้งแรกที่เปิดฐานข้อมูลที่เข้ารหัสนี้ หรือหลังเปลี่ยนรหัสผ่านฐานข้อมูล: ป้อนรหัสผ่านฐานข้อมูลหนึ่งครั้ง หลังจากนั้นรหัสผ่านของท่านเปิดได้เอง</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="173"/>
        <source>The key saved with your password no longer opens this database (its keyring belongs to another copy). Give the database passphrase once.</source>
        <translation>กุญแจที่บันทึกไว้กับรหัสผ่านของท่านเปิดฐานข้อมูลนี้ไม่ได้แล้ว (ไฟล์กุญแจเป็นของสำเนาอื่น) โปรดป้อนรหัสผ่านฐานข้อมูลหนึ่งครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="203"/>
        <source>The first administrator</source>
        <translation>ผู้ดูแลระบบคนแรก</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="206"/>
        <source>No one can sign in to this database yet. Make the administrator&apos;s account: the administrator adds the other staff and gives them their roles.</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีผู้ใช้ที่เข้าสู่ระบบได้ กรุณาสร้างบัญชีผู้ดูแลระบบ ผู้ดูแลระบบจะเพิ่มเจ้าหน้าที่คนอื่นและกำหนดสิทธิ์ให้</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="217"/>
        <source>Create and sign in</source>
        <translation>สร้างบัญชีและเข้าสู่ระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="249"/>
        <source>e.g. นางสาวมาลี ศรีสุข</source>
        <translation>เช่น นางสาวมาลี ศรีสุข</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="252"/>
        <source>Administrator&apos;s user name</source>
        <translation>ชื่อผู้ใช้ของผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="253"/>
        <source>Administrator&apos;s name</source>
        <translation>ชื่อ-สกุลผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="254"/>
        <source>Password (8 characters or more)</source>
        <translation>รหัสผ่าน (อย่างน้อย 8 ตัวอักษร)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="255"/>
        <source>Password again</source>
        <translation>ยืนยันรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="260"/>
        <source>Give the administrator&apos;s user name.</source>
        <translation>กรุณาระบุชื่อผู้ใช้ของผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="270"/>
        <source>Change my password</source>
        <translation>เปลี่ยนรหัสผ่านของฉัน</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="276"/>
        <source>Current password</source>
        <translation>รหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="277"/>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="278"/>
        <source>New password again</source>
        <translation>ยืนยันรหัสผ่านใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="316"/>
        <source>The program is locked</source>
        <translation>โปรแกรมถูกล็อกอยู่</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="320"/>
        <source>It locked itself after a while without use, so no one else sees the households&apos; data.</source>
        <translation>โปรแกรมล็อกตัวเองเมื่อไม่มีการใช้งานระยะหนึ่ง เพื่อไม่ให้ผู้อื่นเห็นข้อมูลครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="323"/>
        <source>{name}: type your password to go on.</source>
        <translation>{name}: พิมพ์รหัสผ่านเพื่อใช้งานต่อ</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="330"/>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="333"/>
        <source>Quit the program</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>KaeJon Desk</source>
        <translation>แก้จนเดสก์</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>DEMO DATA (synthetic, not real people)</source>
        <translation>ข้อมูลตัวอย่าง (สังเคราะห์ ไม่ใช่บุคคลจริง)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;File</source>
        <translation>แฟ้ม(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Back up the database…</source>
        <translation>สำรองฐานข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Go</source>
        <translation>ไปที่(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>About KaeJon Desk</source>
        <translation>เกี่ยวกับแก้จนเดสก์</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>User: {full_name} ({name}, {role})</source>
        <translation>ผู้ใช้: {full_name} ({name}, {role})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>{households} households · {members} members</source>
        <translation>{households} ครัวเรือน · {members} คน</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Today&apos;s backup is saved: {name}</source>
        <translation>สำรองข้อมูลประจำวันแล้ว: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Today&apos;s backup could not be made: {error}</source>
        <translation>สำรองข้อมูลประจำวันไม่สำเร็จ: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>The backup was restored.</source>
        <translation>คืนค่าข้อมูลจากไฟล์สำรองแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>The replaced database was kept as {path}.</source>
        <translation>เก็บฐานข้อมูลเดิมไว้ที่ {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>The encrypted copy is ready: {path}

Open it now, and from now on? The unencrypted file {old} stays where it is: delete it, and its backups, once you have checked the encrypted copy.</source>
        <translation>สร้างสำเนาที่เข้ารหัสแล้ว: {path}

เปิดใช้สำเนานี้ตั้งแต่บัดนี้หรือไม่? ไฟล์เดิมที่ไม่ได้เข้ารหัส {old} ยังอยู่ที่เดิม เมื่อตรวจสอบสำเนาที่เข้ารหัสแล้ว โปรดลบไฟล์เดิมและไฟล์สำรองของไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>The encrypted database is open. From the next start each user signs in with their own name and password; the first time, they give the passphrase as well. Keep the passphrase in a safe place.</source>
        <translation>เปิดฐานข้อมูลที่เข้ารหัสแล้ว ตั้งแต่การเปิดโปรแกรมครั้งถัดไป ผู้ใช้แต่ละคนเข้าสู่ระบบด้วยชื่อและรหัสผ่านของตนเอง ครั้งแรกให้ป้อนรหัสผ่านฐานข้อมูลด้วย โปรดเก็บรหัสผ่านฐานข้อมูลไว้ในที่ปลอดภัย</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>KaeJon Desk {version}
Household poverty case work for district offices.
Font: Sarabun (SIL Open Font License). Area codes: thailand-geography-json (MIT).</source>
        <translation>แก้จนเดสก์ รุ่น {version}
ระบบติดตามการแก้ไขปัญหาความยากจน
รายครัวเรือนสำหรับอำเภอ
แบบอักษร: Sarabun (SIL Open Font License)
รหัสพื้นที่: thailand-geography-json (MIT)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/households.py" line="278"/>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="74"/>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="422"/>
        <source>Partner agencies</source>
        <translation>หน่วยงานภาคี</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_page.py" line="78"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/help_page.py" line="264"/>
        <source>Help</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="467"/>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="71"/>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <location filename="../../ui/case_tools.py" line="51"/>
        <source>Merge duplicate households</source>
        <translation>รวมครัวเรือนซ้ำ</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="56"/>
        <source>Everything of the household that goes (members, visits, help, problems, files, history) moves to the household that stays. The one that goes is kept, marked ซ้ำ, with a pointer to the other.</source>
        <translation>ข้อมูลทั้งหมดของครัวเรือนที่ถูกรวม (สมาชิก การสอบทาน การช่วยเหลือ ปัญหา ไฟล์แนบ ประวัติ) จะย้ายไปอยู่กับครัวเรือนที่คงไว้ ครัวเรือนที่ถูกรวมยังเก็บไว้ในระบบ โดยมีสถานะ ซ้ำ และชี้ไปยังครัวเรือนที่คงไว้</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="63"/>
        <source>Keep this household</source>
        <translation>คงครัวเรือนนี้ไว้</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="71"/>
        <source>why they are the same family</source>
        <translation>เหตุที่เป็นครอบครัวเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="72"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="74"/>
        <source>Merge</source>
        <translation>รวมครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="81"/>
        <source>House {no}, code {code}</source>
        <translation>บ้านเลขที่ {no} รหัสบ้าน {code}</translation>
    </message>
</context>
<context>
    <name>NationalIdEdit</name>
    <message>
        <location filename="../../widgets/national_id_edit.py" line="71"/>
        <source>The check digit is wrong: check the number against the ID card.</source>
        <translation>เลขตรวจสอบไม่ถูกต้อง กรุณาตรวจเลขกับบัตรประชาชน</translation>
    </message>
    <message>
        <location filename="../../widgets/national_id_edit.py" line="73"/>
        <source>The number is valid.</source>
        <translation>เลขถูกต้อง</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../ui/operations.py" line="80"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overview.py" line="109"/>
        <source>Households on the lists</source>
        <translation>ครัวเรือนในบัญชีทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="81"/>
        <source>All subdistricts</source>
        <translation>ทุกตำบล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="82"/>
        <source>All list years</source>
        <translation>ทุกปีของบัญชี</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="83"/>
        <source>Help: any time</source>
        <translation>การช่วยเหลือ: ทุกช่วงเวลา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="84"/>
        <source>A fiscal year narrows the help figures (referrals and baht) to help planned in that year; household statuses are as they are today.</source>
        <translation>เมื่อเลือกปีงบประมาณ ตัวเลขการช่วยเหลือ (รายการส่งต่อและจำนวนเงิน) จะนับเฉพาะการช่วยเหลือที่วางแผนไว้ในปีนั้น ส่วนสถานะของครัวเรือนเป็นสถานะปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="92"/>
        <source>Export PDF…</source>
        <translation>ส่งออก PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="94"/>
        <source>Save chart as PNG</source>
        <translation>บันทึกแผนภูมิเป็น PNG</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="110"/>
        <source>Verified</source>
        <translation>สอบทานแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="111"/>
        <source>Confirmed targets</source>
        <translation>ยืนยันเป็นครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="112"/>
        <source>Help in progress</source>
        <translation>อยู่ระหว่างดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="113"/>
        <source>Helped or self-resolved</source>
        <translation>ช่วยเหลือแล้ว/แก้ไขได้ด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="114"/>
        <source>Out of poverty</source>
        <translation>พ้นความยากจน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="115"/>
        <source>Overdue referrals</source>
        <translation>การส่งต่อที่เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="116"/>
        <source>Baht spent</source>
        <translation>ใช้จ่ายจริง (บาท)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="120"/>
        <source>Click to list these households</source>
        <translation>คลิกเพื่อดูรายชื่อครัวเรือนเหล่านี้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="187"/>
        <source>Counting…</source>
        <translation>กำลังนับ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="238"/>
        <source>Counted at {time}</source>
        <translation>นับล่าสุดเมื่อ {time} น.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="277"/>
        <source>Save the chart as a picture</source>
        <translation>บันทึกแผนภูมิเป็นรูปภาพ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="278"/>
        <source>PNG picture (*.png)</source>
        <translation>รูปภาพ PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="287"/>
        <source>The picture could not be saved to {path}: {error}</source>
        <translation>บันทึกรูปภาพลงใน {path} ไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="300"/>
        <source>Export the overview as PDF</source>
        <translation>ส่งออกภาพรวมเป็น PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="301"/>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="305"/>
        <source>Poverty alleviation at a glance</source>
        <translation>ภาพรวมการแก้ไขปัญหาความยากจน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="313"/>
        <source>Writing the PDF…</source>
        <translation>กำลังเขียนไฟล์ PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="314"/>
        <source>The overview was written to {path}.</source>
        <translation>บันทึกภาพรวมลงใน {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../ui/pages/base.py" line="34"/>
        <source>Not for your role</source>
        <translation>สิทธิ์ของท่านใช้ส่วนนี้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../ui/pages/partners.py" line="72"/>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="72"/>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="80"/>
        <location filename="../../ui/pages/partners.py" line="100"/>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="81"/>
        <source>Short name</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="82"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="83"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="84"/>
        <source>Kinds of help</source>
        <translation>จำนวนประเภทการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="85"/>
        <source>Contact</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="87"/>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="109"/>
        <location filename="../../ui/pages/partners.py" line="237"/>
        <source>&amp;Name</source>
        <translation>ชื่อ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="111"/>
        <source>S&amp;hort name</source>
        <translation>ชื่อย่อ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="121"/>
        <source>&amp;Kind</source>
        <translation>ประเภทหน่วยงาน (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="122"/>
        <source>&amp;Level</source>
        <translation>ระดับ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="124"/>
        <source>The position a referral letter to this agency is addressed to (เรียน …), as in Thai official letters: a position, not a person&apos;s name.</source>
        <translation>ตำแหน่งที่หนังสือส่งต่อถึงหน่วยงานนี้ระบุในบรรทัด เรียน … ตามแบบหนังสือราชการ ให้ระบุตำแหน่ง ไม่ใช่ชื่อบุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="127"/>
        <source>Add&amp;ressee (position)</source>
        <translation>ตำแหน่งผู้รับหนังสือ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="131"/>
        <source>&amp;Contact person</source>
        <translation>ผู้ประสานงาน (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="133"/>
        <source>&amp;Phone</source>
        <translation>โทรศัพท์ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="135"/>
        <source>&amp;E-mail</source>
        <translation>อีเมล (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="139"/>
        <source>&amp;Address</source>
        <translation>ที่อยู่ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="141"/>
        <source>&amp;MOU signed on</source>
        <translation>วันที่ลงนาม MOU (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="142"/>
        <source>Active (can receive referrals)</source>
        <translation>ใช้งาน (รับการส่งต่อได้)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="146"/>
        <source>Kinds of help this agency offers (Space ticks)</source>
        <translation>ประเภทความช่วยเหลือที่หน่วยงานนี้ให้บริการ (กด Space เพื่อเลือก)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="161"/>
        <location filename="../../ui/pages/partners.py" line="285"/>
        <location filename="../../ui/pages/partners.py" line="359"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="163"/>
        <location filename="../../ui/pages/partners.py" line="287"/>
        <location filename="../../ui/pages/partners.py" line="361"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="175"/>
        <source>Empty: letters go to {position}</source>
        <translation>เว้นว่างไว้: หนังสือจะเรียน {position}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="176"/>
        <source>e.g. {example}</source>
        <translation>เช่น {example}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="198"/>
        <source>Give the MOU date in the Buddhist Era, e.g. 15/3/2569, or leave it empty.</source>
        <translation>กรุณาระบุวันที่ลงนาม MOU เป็นปีพุทธศักราช เช่น 15/3/2569 หรือเว้นว่างไว้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="229"/>
        <location filename="../../ui/pages/partners.py" line="437"/>
        <source>Kind of help</source>
        <translation>ประเภทความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="239"/>
        <source>Name in &amp;English</source>
        <translation>ชื่อภาษาอังกฤษ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="243"/>
        <source>&amp;Description</source>
        <translation>รายละเอียด (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="259"/>
        <source>Dimensions
and capitals</source>
        <translation>มิติ
และทุน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="261"/>
        <source>(none)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="266"/>
        <source>Default &amp;agency</source>
        <translation>หน่วยงานหลัก (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="270"/>
        <source>&amp;Unit cost (baht)</source>
        <translation>ค่าใช้จ่ายต่อหน่วย (บาท) (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="273"/>
        <source>(not set)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="274"/>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="276"/>
        <source>&amp;Typical duration</source>
        <translation>ระยะเวลาโดยทั่วไป (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="277"/>
        <source>On the menu (can be assigned)</source>
        <translation>อยู่ในเมนู (มอบหมายได้)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="297"/>
        <source>Give the unit cost in whole baht.</source>
        <translation>กรุณาระบุค่าใช้จ่ายต่อหน่วยเป็นจำนวนบาทเต็ม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="328"/>
        <source>Help menu rule</source>
        <translation>กฎเมนูแก้จน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="337"/>
        <source>A failed indicator</source>
        <translation>ตัวชี้วัดที่ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="338"/>
        <source>A failed dimension</source>
        <translation>มิติที่ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="339"/>
        <source>A weak capital</source>
        <translation>ทุนที่อ่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="341"/>
        <source>&amp;When</source>
        <translation>เมื่อพบ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="343"/>
        <source>&amp;Which</source>
        <translation>รายการ (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="347"/>
        <source>&amp;Suggest</source>
        <translation>แนะนำ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="351"/>
        <source>Wei&amp;ght (1–10)</source>
        <translation>น้ำหนัก (1–10) (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="352"/>
        <location filename="../../ui/pages/partners.py" line="460"/>
        <source>In use</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="432"/>
        <source>Add an agency…</source>
        <translation>เพิ่มหน่วยงาน…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="433"/>
        <location filename="../../ui/pages/partners.py" line="452"/>
        <location filename="../../ui/pages/partners.py" line="466"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="434"/>
        <source>&amp;Agencies</source>
        <translation>หน่วยงาน (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="438"/>
        <source>Dimensions</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="439"/>
        <source>Capitals</source>
        <translation>ทุน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="440"/>
        <source>Default agency</source>
        <translation>หน่วยงานหลัก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="441"/>
        <source>Unit cost (baht)</source>
        <translation>ค่าใช้จ่ายต่อหน่วย (บาท)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="443"/>
        <source>Typical days</source>
        <translation>ระยะเวลา (วัน)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="444"/>
        <source>Offered by</source>
        <translation>จำนวนหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="445"/>
        <source>On the menu</source>
        <translation>อยู่ในเมนู</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="451"/>
        <source>Add a kind of help…</source>
        <translation>เพิ่มประเภทความช่วยเหลือ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="453"/>
        <location filename="../../ui/pages/partners.py" line="467"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="454"/>
        <source>&amp;Kinds of help</source>
        <translation>ประเภทความช่วยเหลือ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="457"/>
        <source>When</source>
        <translation>เมื่อพบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="458"/>
        <source>Suggest</source>
        <translation>แนะนำ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="459"/>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="465"/>
        <source>Add a rule…</source>
        <translation>เพิ่มกฎ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="468"/>
        <source>The help menu (เมนูแก้จน) adds up the weights of the rules that apply to a household and proposes the kinds of help with the highest score. A weak capital counts more the lower its score.</source>
        <translation>เมนูแก้จนรวมน้ำหนักของกฎที่ตรงกับครัวเรือน แล้วเสนอประเภทความช่วยเหลือที่ได้คะแนนสูงสุด ทุนที่ได้คะแนนต่ำยิ่งมีน้ำหนักมากขึ้น</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="471"/>
        <source>Help menu &amp;rules</source>
        <translation>กฎเมนูแก้จน (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="493"/>
        <source>Select a row first.</source>
        <translation>กรุณาเลือกแถวก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="527"/>
        <source>Delete {name} from the help menu?</source>
        <translation>ต้องการลบ {name} ออกจากเมนูหรือไม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/partners.py" line="550"/>
        <source>Delete the rule “{rule}”?</source>
        <translation>ต้องการลบกฎ “{rule}” หรือไม่</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="15"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18"/>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19"/>
        <source>&amp;No</source>
        <translation>ไม่ใช่(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="21"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22"/>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23"/>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24"/>
        <source>Help</source>
        <translation>การช่วยเหลือ</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/referral_dialog.py" line="76"/>
        <source>Referral</source>
        <translation>การส่งต่อ</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="84"/>
        <source>{code} · {head} · {village}
Now: {status} · planned by {planned} · budget {budget} baht</source>
        <translation>{code} · {head} · {village}
สถานะปัจจุบัน: {status} · กำหนดเสร็จ {planned} · งบประมาณ {budget} บาท</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="90"/>
        <source>overdue {days} days</source>
        <translation>เลยกำหนด {days} วัน</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="106"/>
        <source>{status} (needs a reason)</source>
        <translation>{status} (ต้องระบุเหตุผล)</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="110"/>
        <source>&amp;Status</source>
        <translation>สถานะ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="112"/>
        <source>&amp;Date</source>
        <translation>วันที่ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="116"/>
        <source>&amp;Outcome</source>
        <translation>ผลการช่วยเหลือ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="119"/>
        <source>baht</source>
        <translation>บาท</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="120"/>
        <source>&amp;Actual amount (baht)</source>
        <translation>จำนวนเงินที่ใช้จริง (บาท) (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="122"/>
        <source>&amp;Reason</source>
        <translation>เหตุผล (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="126"/>
        <source>The plan</source>
        <translation>แผนการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="130"/>
        <source>(no agency)</source>
        <translation>(ไม่ระบุหน่วยงาน)</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="135"/>
        <source>A&amp;gency</source>
        <translation>หน่วยงาน (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="137"/>
        <source>&amp;Planned by</source>
        <translation>กำหนดแล้วเสร็จ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="140"/>
        <source>&amp;Budget (baht)</source>
        <translation>งบประมาณ (บาท) (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="142"/>
        <source>&amp;Notes</source>
        <translation>หมายเหตุ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="145"/>
        <source>Evidence (photos, signed receipts)</source>
        <translation>หลักฐาน (ภาพถ่าย ใบสำคัญรับเงินที่ลงนามแล้ว)</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="151"/>
        <source>Attach files…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="155"/>
        <source>What happened so far</source>
        <translation>ความเคลื่อนไหวที่ผ่านมา</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="163"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="165"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="182"/>
        <source>Double-click or Enter to open</source>
        <translation>ดับเบิลคลิกหรือกด Enter เพื่อเปิดดู</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="185"/>
        <source>No evidence attached yet.</source>
        <translation>ยังไม่มีหลักฐานแนบ</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="219"/>
        <source>Attach evidence</source>
        <translation>แนบหลักฐาน</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="220"/>
        <source>Photos and scans (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.pdf)</source>
        <translation>ภาพถ่ายและเอกสารสแกน (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="237"/>
        <source>Cannot read {name}: {error}</source>
        <translation>อ่านไฟล์ {name} ไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.py" line="248"/>
        <location filename="../../ui/referral_dialog.py" line="265"/>
        <source>Give the date in the Buddhist Era, e.g. 15/3/2569.</source>
        <translation>กรุณาระบุวันที่เป็นปีพุทธศักราช เช่น 15/3/2569</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="67"/>
        <source>Choose the folder for the villages&apos; PDF files</source>
        <translation>เลือกโฟลเดอร์สำหรับไฟล์ PDF ของแต่ละหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="74"/>
        <source>Save the document</source>
        <translation>บันทึกเอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="75"/>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="127"/>
        <source>Verification forms (a village)</source>
        <translation>แบบสอบทานข้อมูลครัวเรือน (รายหมู่บ้าน)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="129"/>
        <source>Village register</source>
        <translation>ทะเบียนครัวเรือนเป้าหมายรายหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="130"/>
        <source>Referral letter (a batch)</source>
        <translation>หนังสือส่งต่อ (รายชุดส่งต่อ)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="131"/>
        <source>Case summary (a household)</source>
        <translation>สรุปข้อมูลรายครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="136"/>
        <source>Name, national ID or house code, then Enter</source>
        <translation>ชื่อ เลขประจำตัวประชาชน หรือรหัสบ้าน แล้วกด Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="148"/>
        <source>Print full national IDs</source>
        <translation>พิมพ์เลขประจำตัวประชาชนเต็ม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="149"/>
        <source>IDs are masked (3-XXXX-XXXXX-XX-1) unless the full number is needed. Printed personal data is covered by the PDPA.</source>
        <translation>เลขประจำตัวประชาชนจะถูกปิดบัง (3-XXXX-XXXXX-XX-1) เว้นแต่จำเป็นต้องใช้เลขเต็ม ข้อมูลส่วนบุคคลที่พิมพ์ออกไปอยู่ภายใต้ พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="152"/>
        <source>Thai digits (๑๒๓)</source>
        <translation>ใช้เลขไทย (๑๒๓)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="154"/>
        <source>&amp;Make document</source>
        <translation>&amp;สร้างเอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="156"/>
        <source>&amp;Print…</source>
        <translation>&amp;พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="157"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="158"/>
        <source>Every village to a &amp;folder (one PDF each)…</source>
        <translation>ทุกหมู่บ้าน&amp;ลงโฟลเดอร์ (หมู่บ้านละหนึ่งไฟล์)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="160"/>
        <source>Makes this document for every village in the list and saves one PDF file per village in the folder you choose.</source>
        <translation>สร้างเอกสารนี้ให้ทุกหมู่บ้านในรายการ และบันทึกเป็นไฟล์ PDF หมู่บ้านละหนึ่งไฟล์ในโฟลเดอร์ที่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="165"/>
        <source>Choose a document and press Make.</source>
        <translation>เลือกเอกสาร แล้วกดสร้างเอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="170"/>
        <source>Documents with names and national IDs are for officers and administrators. Your role ({role}) cannot print them.</source>
        <translation>เอกสารที่มีชื่อและเลขประจำตัวประชาชนพิมพ์ได้เฉพาะเจ้าหน้าที่และผู้ดูแลระบบ สิทธิ์ของท่าน ({role}) พิมพ์เอกสารนี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="177"/>
        <source>&amp;Document</source>
        <translation>&amp;เอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="258"/>
        <source>{count} households found.</source>
        <translation>พบ {count} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="266"/>
        <source>&amp;Village</source>
        <translation>&amp;หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="267"/>
        <source>&amp;Batch</source>
        <translation>&amp;ชุดส่งต่อ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="268"/>
        <source>&amp;Household</source>
        <translation>&amp;ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="300"/>
        <source>Choose the village, batch or household to print first.</source>
        <translation>โปรดเลือกหมู่บ้าน ชุดส่งต่อ หรือครัวเรือนที่จะพิมพ์ก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="306"/>
        <location filename="../../ui/pages/reports.py" line="310"/>
        <source>Making the document…</source>
        <translation>กำลังสร้างเอกสาร…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="327"/>
        <source>{title}: {pages} pages.</source>
        <translation>{title}: {pages} หน้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="340"/>
        <source>Stopped; the files already saved are complete.</source>
        <translation>หยุดแล้ว ไฟล์ที่บันทึกไปแล้วครบถ้วนสมบูรณ์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="343"/>
        <source>Cancelled; nothing was made.</source>
        <translation>ยกเลิกแล้ว ไม่ได้สร้างเอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="357"/>
        <source>There are no villages.</source>
        <translation>ไม่มีหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="376"/>
        <source>Making one PDF per village…</source>
        <translation>กำลังสร้างไฟล์ PDF รายหมู่บ้าน…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="384"/>
        <source>Saved {files} files ({pages} pages) in {folder}.</source>
        <translation>บันทึก {files} ไฟล์ ({pages} หน้า) ลงใน {folder} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="412"/>
        <source>Saved as {path}.</source>
        <translation>บันทึกเป็น {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="427"/>
        <source>The printer could not be opened. Check it and try again.</source>
        <translation>เปิดเครื่องพิมพ์ไม่ได้ โปรดตรวจสอบเครื่องพิมพ์แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="430"/>
        <source>Printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="431"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="453"/>
        <source>printer {name}</source>
        <translation>เครื่องพิมพ์ {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="458"/>
        <source>Sent {pages} pages to the printer.</source>
        <translation>ส่งไปยังเครื่องพิมพ์แล้ว {pages} หน้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="471"/>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="473"/>
        <source>Excel returns for the province</source>
        <translation>แบบรายงานส่งจังหวัด (Excel)</translation>
    </message>
</context>
<context>
    <name>ReturnsTab</name>
    <message>
        <location filename="../../ui/pages/returns.py" line="92"/>
        <source>Save the return</source>
        <translation>บันทึกแบบรายงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="93"/>
        <location filename="../../ui/pages/returns.py" line="104"/>
        <location filename="../../ui/pages/returns.py" line="112"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="103"/>
        <source>Open the province&apos;s template</source>
        <translation>เปิดแบบฟอร์มของจังหวัด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="111"/>
        <source>Choose the districts&apos; returns</source>
        <translation>เลือกแบบรายงานของอำเภอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="167"/>
        <source>Month:</source>
        <translation>ประจำเดือน:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="172"/>
        <source>Year in the Buddhist Era</source>
        <translation>ปี พ.ศ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="178"/>
        <source>Full national IDs in the household list (personal data)</source>
        <translation>แสดงเลขประจำตัวประชาชนเต็มในรายชื่อครัวเรือน (ข้อมูลส่วนบุคคล)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="187"/>
        <source>Standard return</source>
        <translation>แบบรายงานมาตรฐาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="188"/>
        <source>Province template</source>
        <translation>แบบฟอร์มของจังหวัด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="189"/>
        <location filename="../../ui/pages/returns.py" line="300"/>
        <source>Submitted</source>
        <translation>ที่ส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="190"/>
        <source>Combine districts</source>
        <translation>รวมระดับจังหวัด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="194"/>
        <source>No return made yet.</source>
        <translation>ยังไม่ได้จัดทำแบบรายงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="196"/>
        <source>Mark as &amp;submitted</source>
        <translation>บันทึกว่าส่งแล้ว(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="197"/>
        <source>Freeze the figures and the file of the return just made</source>
        <translation>เก็บตัวเลขและไฟล์ของแบบรายงานที่เพิ่งจัดทำไว้ตามที่ส่ง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="211"/>
        <source>&amp;Make the standard return…</source>
        <translation>จัดทำแบบรายงานมาตรฐาน(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="216"/>
        <source>Sheets: summary per subdistrict, problems per dimension, help per agency, household levels and the household list. Figures are counted as the data stands when the return is made.</source>
        <translation>แผ่นงาน: สรุปรายตำบล ปัญหารายมิติ การช่วยเหลือรายหน่วยงาน ระดับครัวเรือน และรายชื่อครัวเรือน ตัวเลขนับจากข้อมูล ณ เวลาที่จัดทำแบบรายงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="220"/>
        <location filename="../../ui/pages/returns.py" line="270"/>
        <location filename="../../ui/pages/returns.py" line="321"/>
        <source>Figure</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="221"/>
        <source>District total</source>
        <translation>รวมทั้งอำเภอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="229"/>
        <source>&amp;Open the template…</source>
        <translation>เปิดแบบฟอร์ม(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="231"/>
        <source>No template open.</source>
        <translation>ยังไม่ได้เปิดแบบฟอร์ม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="235"/>
        <source>Use a saved mapping:</source>
        <translation>ใช้การจับคู่ที่บันทึกไว้:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="238"/>
        <source>For a template the province changed a little: start from the mapping made for an earlier version</source>
        <translation>สำหรับแบบฟอร์มที่จังหวัดปรับเล็กน้อย: เริ่มจากการจับคู่ที่ทำไว้กับแบบฟอร์มรุ่นก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="246"/>
        <source>Figures of the return</source>
        <translation>ตัวเลขในแบบรายงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="253"/>
        <source>Sheet:</source>
        <translation>แผ่นงาน:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="257"/>
        <source>&amp;Put here</source>
        <translation>ใส่ที่เซลล์นี้(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="258"/>
        <source>Put the chosen figure (or table, from its first cell) in the chosen cell of the template (Ctrl+Enter)</source>
        <translation>ใส่ตัวเลขที่เลือก (หรือตาราง โดยเริ่มจากเซลล์แรก) ลงในเซลล์ที่เลือกของแบบฟอร์ม (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="271"/>
        <source>Sheet</source>
        <translation>แผ่นงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="272"/>
        <source>Cell</source>
        <translation>เซลล์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="275"/>
        <source>&amp;Remove</source>
        <translation>ลบ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="278"/>
        <source>Name of the mapping</source>
        <translation>ชื่อการจับคู่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="279"/>
        <source>Sa&amp;ve the mapping</source>
        <translation>บันทึกการจับคู่(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="281"/>
        <source>&amp;Fill the template…</source>
        <translation>กรอกแบบฟอร์ม(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="297"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="298"/>
        <source>Month</source>
        <translation>ประจำเดือน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="299"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="301"/>
        <source>By</source>
        <translation>ผู้บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="304"/>
        <source>Save a &amp;copy of the submitted file…</source>
        <translation>บันทึกสำเนาไฟล์ที่ส่ง(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="307"/>
        <source>Compare this &amp;month with the last submitted</source>
        <translation>เทียบเดือนนี้กับงวดที่ส่งล่าสุด(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="322"/>
        <source>Last submitted</source>
        <translation>งวดที่ส่งล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="323"/>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="324"/>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="331"/>
        <source>For province staff: add the standard returns the districts sent (one file per district, all for the chosen month) and combine them.</source>
        <translation>สำหรับเจ้าหน้าที่จังหวัด: เพิ่มแบบรายงานมาตรฐานที่อำเภอส่งมา (อำเภอละหนึ่งไฟล์ ทุกไฟล์เป็นของเดือนที่เลือก) แล้วรวมเป็นแบบรายงานจังหวัด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="334"/>
        <source>Districts&apos; returns</source>
        <translation>แบบรายงานของอำเภอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="339"/>
        <source>&amp;Add files…</source>
        <translation>เพิ่มไฟล์(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="341"/>
        <source>Remove from the list</source>
        <translation>เอาออกจากรายการ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="343"/>
        <source>Com&amp;bine into the province return…</source>
        <translation>รวมเป็นแบบรายงานจังหวัด(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="417"/>
        <source>standard</source>
        <translation>แบบมาตรฐาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="418"/>
        <source>province template</source>
        <translation>แบบฟอร์มจังหวัด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="419"/>
        <source>province</source>
        <translation>ระดับจังหวัด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="437"/>
        <source>Saved {path} ({period}).</source>
        <translation>บันทึก {path} แล้ว (ประจำเดือน {period})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="457"/>
        <source>The household list will show full national IDs, which are personal data. Make the return with full IDs?</source>
        <translation>รายชื่อครัวเรือนจะแสดงเลขประจำตัวประชาชนเต็ม ซึ่งเป็นข้อมูลส่วนบุคคล ต้องการจัดทำแบบรายงานที่มีเลขเต็มหรือไม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="475"/>
        <source>Making the return…</source>
        <translation>กำลังจัดทำแบบรายงาน…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="497"/>
        <source>Opening the template…</source>
        <translation>กำลังเปิดแบบฟอร์ม…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="511"/>
        <source>{name}: the saved mapping {mapping} was found.</source>
        <translation>{name}: พบการจับคู่ที่บันทึกไว้ชื่อ {mapping}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="512"/>
        <source>{name}: no mapping yet. Choose a figure on the left, a cell on the right, then Put here.</source>
        <translation>{name}: ยังไม่มีการจับคู่ เลือกตัวเลขทางซ้าย เลือกเซลล์ทางขวา แล้วกด &quot;ใส่ที่เซลล์นี้&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="516"/>
        <source>Its pictures and charts are not kept in the filled copy.</source>
        <translation>รูปภาพและแผนภูมิในแบบฟอร์มจะไม่ปรากฏในไฟล์ที่กรอกแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="538"/>
        <source>The mapping {name} is loaded; check the cells marked in green, then save it for this template.</source>
        <translation>นำการจับคู่ {name} มาใช้แล้ว ตรวจสอบเซลล์ที่ระบายสีเขียว แล้วบันทึกการจับคู่สำหรับแบบฟอร์มนี้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="552"/>
        <source>Tables (from a start cell, downwards)</source>
        <translation>ตาราง (เริ่มจากเซลล์แรกแล้วลงล่าง)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="554"/>
        <source>{table}: whole table</source>
        <translation>{table}: ทั้งตาราง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="559"/>
        <source>column {column}</source>
        <translation>คอลัมน์ {column}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="569"/>
        <source>Single values: {group}</source>
        <translation>ค่าเดี่ยว: {group}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="642"/>
        <source>{table}: column {column}</source>
        <translation>{table}: คอลัมน์ {column}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="645"/>
        <source>table {table} ({columns} columns)</source>
        <translation>ตาราง{table} ({columns} คอลัมน์)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="663"/>
        <source>Choose a figure on the left and a cell of the template first.</source>
        <translation>เลือกตัวเลขทางซ้ายและเซลล์ของแบบฟอร์มก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="696"/>
        <source>Replace the saved mapping {name}?</source>
        <translation>แทนที่การจับคู่ {name} ที่บันทึกไว้หรือไม่</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="701"/>
        <source>The mapping {name} is saved; it is used again for this template.</source>
        <translation>บันทึกการจับคู่ {name} แล้ว ครั้งต่อไปจะใช้กับแบบฟอร์มนี้โดยอัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="728"/>
        <source>Filling the template…</source>
        <translation>กำลังกรอกแบบฟอร์ม…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="738"/>
        <source>Mark {name} ({period}) as submitted to the province? Its figures and file are kept as they are now.</source>
        <translation>บันทึกว่าได้ส่ง {name} (ประจำเดือน {period}) ให้จังหวัดแล้วหรือไม่ ตัวเลขและไฟล์จะถูกเก็บไว้ตามที่เป็นอยู่ขณะนี้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="744"/>
        <source>{name} is marked as submitted (number {id}).</source>
        <translation>บันทึกว่าส่ง {name} แล้ว (ลำดับที่ {id})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="754"/>
        <source>Choose a submitted return first.</source>
        <translation>เลือกแบบรายงานที่ส่งแล้วก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="779"/>
        <source>Comparing…</source>
        <translation>กำลังเปรียบเทียบ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="786"/>
        <source>No return for an earlier month has been submitted yet.</source>
        <translation>ยังไม่เคยส่งแบบรายงานของเดือนก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="789"/>
        <source>{period} now, beside {previous} as submitted in {file}.</source>
        <translation>ข้อมูลเดือน{period} ณ ขณะนี้ เทียบกับเดือน{previous} ตามที่ส่งในไฟล์ {file}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="793"/>
        <source>Whole district</source>
        <translation>ทั้งอำเภอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="850"/>
        <source>{name}: {district} district, {period}</source>
        <translation>{name}: อำเภอ{district} ประจำเดือน{period}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="896"/>
        <source>The province return for {period} combines {n} districts: {path}.</source>
        <translation>แบบรายงานจังหวัดประจำเดือน {period} รวมจาก {n} อำเภอ: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/returns.py" line="901"/>
        <source>Combining the returns…</source>
        <translation>กำลังรวมแบบรายงาน…</translation>
    </message>
</context>
<context>
    <name>ReviewQueueWindow</name>
    <message>
        <location filename="../../ui/case_tools.py" line="117"/>
        <source>Import review queue</source>
        <translation>รายชื่อจากการนำเข้าที่รอตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="123"/>
        <source>Row</source>
        <translation>แถวที่</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="124"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="125"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="126"/>
        <source>Born</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="127"/>
        <location filename="../../ui/case_tools.py" line="130"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="128"/>
        <source>Household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="129"/>
        <source>Head</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="131"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="132"/>
        <source>Same family: add to the selected household</source>
        <translation>ครอบครัวเดียวกัน: เพิ่มเข้าครัวเรือนที่เลือก</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="134"/>
        <source>Another family: new household</source>
        <translation>คนละครอบครัว: เพิ่มเป็นครัวเรือนใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="135"/>
        <source>Leave out</source>
        <translation>ไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="142"/>
        <source>People in the list</source>
        <translation>รายชื่อในบัญชี</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="144"/>
        <source>Households that may be the same family</source>
        <translation>ครัวเรือนที่อาจเป็นครอบครัวเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="155"/>
        <source>Nothing to review: every imported person has been placed.</source>
        <translation>ไม่มีรายการรอตรวจสอบ ทุกรายชื่อที่นำเข้าได้รับการจัดการแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/case_tools.py" line="208"/>
        <source>Select the household these people belong to.</source>
        <translation>เลือกครัวเรือนที่รายชื่อเหล่านี้เป็นสมาชิก</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="73"/>
        <source>Program</source>
        <translation>โปรแกรม</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="83"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="100"/>
        <source>Office</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="104"/>
        <source>Office name</source>
        <translation>ชื่อหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="105"/>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="106"/>
        <source>District chief</source>
        <translation>นายอำเภอ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="107"/>
        <source>Responsible officer</source>
        <translation>เจ้าหน้าที่ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="115"/>
        <source>Data</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="120"/>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="121"/>
        <source>Back up now…</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="131"/>
        <source> copies</source>
        <translation> ชุด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="135"/>
        <source>Made</source>
        <translation>วันเวลาที่สำรอง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="136"/>
        <source>Why</source>
        <translation>เหตุที่สำรอง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="137"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="138"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="141"/>
        <source>Restore the chosen backup…</source>
        <translation>คืนค่าจากไฟล์สำรองที่เลือก…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="144"/>
        <source>Audit log…</source>
        <translation>บันทึกการใช้งาน…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="153"/>
        <source>Automatic backups</source>
        <translation>สำรองข้อมูลอัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="153"/>
        <source>Once a day when the program opens and before every import, into the backups folder beside the database.</source>
        <translation>วันละครั้งเมื่อเปิดโปรแกรม และก่อนการนำเข้าทุกครั้ง เก็บในโฟลเดอร์ backups ข้างไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="156"/>
        <source>Keep the newest</source>
        <translation>เก็บชุดล่าสุดไว้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="157"/>
        <location filename="../../ui/pages/settings.py" line="165"/>
        <source>Backups</source>
        <translation>ไฟล์สำรอง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="160"/>
        <source>This database is on a PostgreSQL server: the program does not copy it. The server&apos;s administrator backs it up with pg_dump -Fc and restores it with pg_restore (see the README).</source>
        <translation>ฐานข้อมูลนี้อยู่บนเซิร์ฟเวอร์ PostgreSQL โปรแกรมไม่ได้สำรองให้ ผู้ดูแลเซิร์ฟเวอร์สำรองข้อมูลด้วย pg_dump -Fc และคืนค่าด้วย pg_restore (ดูคู่มือ README)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="169"/>
        <source>Audit</source>
        <translation>การตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="171"/>
        <source>Restoring backups and the audit log are for administrators.</source>
        <translation>การคืนค่าข้อมูลและบันทึกการใช้งานสงวนไว้สำหรับผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="179"/>
        <source>Users and signing in</source>
        <translation>ผู้ใช้และการเข้าสู่ระบบ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="182"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="184"/>
        <source>Change my password…</source>
        <translation>เปลี่ยนรหัสผ่านของฉัน…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="190"/>
        <source>Signed in as</source>
        <translation>เข้าสู่ระบบในชื่อ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="191"/>
        <source>Manage users…</source>
        <translation>จัดการผู้ใช้…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="197"/>
        <source>never</source>
        <translation>ไม่ล็อก</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="198"/>
        <source> minutes</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="203"/>
        <source>Lock after no use for</source>
        <translation>ล็อกเมื่อไม่มีการใช้งานนาน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="211"/>
        <source>Your password was changed.</source>
        <translation>เปลี่ยนรหัสผ่านของท่านแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="236"/>
        <source>{district} district, {province} province ({code})</source>
        <translation>อำเภอ{district} จังหวัด{province} ({code})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="270"/>
        <source>Choose a backup in the list first.</source>
        <translation>โปรดเลือกไฟล์สำรองในรายการก่อน</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="274"/>
        <source>Replace the database with the backup of {when}?

Everything entered since then disappears from the database. The database as it is now is kept in the backups folder first, so this can be undone.</source>
        <translation>แทนที่ฐานข้อมูลด้วยไฟล์สำรองเมื่อ {when} หรือไม่?

ข้อมูลทุกอย่างที่บันทึกหลังจากนั้นจะหายไปจากฐานข้อมูล ทั้งนี้โปรแกรมจะเก็บฐานข้อมูลปัจจุบันไว้ในโฟลเดอร์ backups ก่อน จึงย้อนกลับได้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="293"/>
        <source>Restoring…</source>
        <translation>กำลังคืนค่าข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="299"/>
        <source>Encryption</source>
        <translation>การเข้ารหัสข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="304"/>
        <source>A PostgreSQL server: its administrator protects the data on the server.</source>
        <translation>ฐานข้อมูลบนเซิร์ฟเวอร์ PostgreSQL: ผู้ดูแลเซิร์ฟเวอร์เป็นผู้ป้องกันข้อมูลบนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="307"/>
        <source>This database file is encrypted (SQLCipher); its automatic backups are encrypted too.</source>
        <translation>ไฟล์ฐานข้อมูลนี้เข้ารหัสแล้ว (SQLCipher) ไฟล์สำรองอัตโนมัติก็เข้ารหัสด้วย</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="310"/>
        <source>This database file is not encrypted.</source>
        <translation>ไฟล์ฐานข้อมูลนี้ยังไม่ได้เข้ารหัส</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="313"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="314"/>
        <source>Encryption protects the file when a laptop, a disk or a copy of the file is lost or stolen. It does not protect against someone using the program while it is open, malicious software on this PC, printed or exported files (PDF, Excel), or copies made before encryption. A forgotten passphrase cannot be recovered.</source>
        <translation>การเข้ารหัสป้องกันไฟล์เมื่อเครื่องโน้ตบุ๊ก ดิสก์ หรือสำเนาไฟล์สูญหายหรือถูกขโมย แต่ไม่ป้องกันผู้ที่ใช้โปรแกรมขณะเปิดอยู่ โปรแกรมไม่พึงประสงค์ในเครื่องนี้ เอกสารที่พิมพ์หรือไฟล์ที่ส่งออก (PDF, Excel) หรือสำเนาที่ทำไว้ก่อนเข้ารหัส หากลืมรหัสผ่านจะกู้คืนไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="321"/>
        <source>What it protects</source>
        <translation>สิ่งที่ป้องกันได้</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="322"/>
        <source>Each user opens the encrypted database with their own password: the passphrase is kept sealed with each password in the keyring file beside the database (.keys). So the data is only as safe as the weakest password. The passphrase itself always opens the database, also without the keyring: a user whose password does not open it yet gives the passphrase once.</source>
        <translation>ผู้ใช้แต่ละคนเปิดฐานข้อมูลที่เข้ารหัสด้วยรหัสผ่านของตนเอง โปรแกรมเก็บรหัสผ่านฐานข้อมูลไว้โดยปิดผนึกด้วยรหัสผ่านของแต่ละคนในไฟล์กุญแจข้างฐานข้อมูล (.keys) ข้อมูลจึงปลอดภัยเท่ากับรหัสผ่านที่อ่อนที่สุด รหัสผ่านฐานข้อมูลเปิดฐานข้อมูลได้เสมอแม้ไม่มีไฟล์กุญแจ ผู้ใช้ที่รหัสผ่านยังเปิดไม่ได้ให้ป้อนรหัสผ่านฐานข้อมูลหนึ่งครั้ง</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="329"/>
        <source>How it opens</source>
        <translation>วิธีเปิด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="332"/>
        <source>no one yet (everyone gives the passphrase at the next sign-in)</source>
        <translation>ยังไม่มี (ทุกคนป้อนรหัสผ่านฐานข้อมูลเมื่อเข้าสู่ระบบครั้งถัดไป)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="335"/>
        <source>Opened by the password of</source>
        <translation>เปิดได้ด้วยรหัสผ่านของ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="337"/>
        <source>Encrypt this database…</source>
        <translation>เข้ารหัสฐานข้อมูลนี้…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="343"/>
        <source>SQLCipher is not installed with this copy of the program.</source>
        <translation>โปรแกรมชุดนี้ไม่ได้ติดตั้ง SQLCipher</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="356"/>
        <source>New passphrase for the database (at least 8 characters):</source>
        <translation>รหัสผ่านฐานข้อมูลใหม่ (อย่างน้อย 8 ตัวอักษร):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="360"/>
        <source>The passphrase again:</source>
        <translation>ป้อนรหัสผ่านฐานข้อมูลอีกครั้ง:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="364"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>รหัสผ่านฐานข้อมูลทั้งสองครั้งไม่ตรงกัน ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="377"/>
        <source>Encrypting…</source>
        <translation>กำลังเข้ารหัส…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="397"/>
        <source>The new language applies the next time you open the program.</source>
        <translation>ภาษาใหม่จะใช้เมื่อเปิดโปรแกรมครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="408"/>
        <source>Back up the database</source>
        <translation>สำรองฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="419"/>
        <source>Backing up…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="422"/>
        <source>Backup written to {path}.</source>
        <translation>สำรองข้อมูลไว้ที่ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/visit_dialog.py" line="157"/>
        <source>Change the verification status</source>
        <translation>เปลี่ยนสถานะการสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="160"/>
        <source>Now</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="165"/>
        <source>New status</source>
        <translation>สถานะใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="166"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="169"/>
        <source>This household was merged into another one; its status cannot change.</source>
        <translation>ครัวเรือนนี้ถูกรวมเข้ากับครัวเรือนอื่นแล้ว เปลี่ยนสถานะไม่ได้</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/users_dialog.py" line="51"/>
        <source>Add a user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="52"/>
        <source>Change {name}</source>
        <translation>แก้ไข {name}</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="74"/>
        <location filename="../../ui/users_dialog.py" line="175"/>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="75"/>
        <source>Name and surname</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="76"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="77"/>
        <location filename="../../ui/users_dialog.py" line="177"/>
        <source>Role</source>
        <translation>สิทธิ์การใช้งาน</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="78"/>
        <source>Subdistricts the officer edits</source>
        <translation>ตำบลที่เจ้าหน้าที่รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="82"/>
        <source>Password (8 characters or more)</source>
        <translation>รหัสผ่าน (อย่างน้อย 8 ตัวอักษร)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="83"/>
        <location filename="../../ui/users_dialog.py" line="142"/>
        <source>Password again</source>
        <translation>ยืนยันรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="135"/>
        <source>New password for {name}</source>
        <translation>รหัสผ่านใหม่ของ {name}</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="141"/>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="172"/>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="176"/>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="178"/>
        <source>Subdistricts</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="179"/>
        <source>Can sign in</source>
        <translation>เข้าสู่ระบบได้</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="183"/>
        <source>Add a user…</source>
        <translation>เพิ่มผู้ใช้…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="184"/>
        <source>Role and subdistricts…</source>
        <translation>สิทธิ์และตำบล…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="185"/>
        <source>Reset password…</source>
        <translation>ตั้งรหัสผ่านใหม่…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="186"/>
        <location filename="../../ui/users_dialog.py" line="230"/>
        <source>Disable</source>
        <translation>ระงับการใช้งาน</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="194"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="208"/>
        <source>yes</source>
        <translation>ได้</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="209"/>
        <source>no (disabled)</source>
        <translation>ไม่ได้ (ระงับการใช้งาน)</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="231"/>
        <source>Enable</source>
        <translation>เปิดใช้งาน</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="250"/>
        <source>The password of {name} was changed.</source>
        <translation>เปลี่ยนรหัสผ่านของ {name} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.py" line="258"/>
        <source>Disable {name}? They can no longer sign in; what they did stays in the history under their name.</source>
        <translation>ระงับการใช้งานของ {name} หรือไม่? ผู้ใช้นี้จะเข้าสู่ระบบไม่ได้อีก แต่ประวัติการทำงานยังคงอยู่ในชื่อเดิม</translation>
    </message>
</context>
<context>
    <name>VillageKeying</name>
    <message>
        <location filename="../../ui/village_keying.py" line="82"/>
        <source>Key a village&apos;s verification results</source>
        <translation>บันทึกผลการสอบทานรายหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="98"/>
        <source>Village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="102"/>
        <source>(not given)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="105"/>
        <source>Date of the visits</source>
        <translation>วันที่สอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="106"/>
        <source>Team</source>
        <translation>ทีมสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="107"/>
        <source>Team&apos;s agency</source>
        <translation>หน่วยงานของทีม</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="110"/>
        <source>Result keys: {keys}  ·  0 or Delete clears</source>
        <translation>ปุ่มผลการสอบทาน: {keys}  ·  0 หรือ Delete เพื่อล้าง</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="116"/>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="116"/>
        <source>House no.</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="117"/>
        <source>House code</source>
        <translation>รหัสบ้าน</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="117"/>
        <source>Head</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="118"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="118"/>
        <source>Now</source>
        <translation>สถานะปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="119"/>
        <source>Result</source>
        <translation>ผลการสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="119"/>
        <source>Informant</source>
        <translation>ผู้ให้ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="120"/>
        <source>What was found</source>
        <translation>สิ่งที่พบ</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="121"/>
        <source>Reason (when a verified result changes)</source>
        <translation>เหตุผล (เมื่อเปลี่ยนผลที่สอบทานแล้ว)</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="129"/>
        <source>Save all results</source>
        <translation>บันทึกผลทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="220"/>
        <source>{keyed} of {total} households keyed</source>
        <translation>บันทึกผลแล้ว {keyed} จาก {total} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="247"/>
        <source>Type the date of the visits, e.g. 13/04/2568.</source>
        <translation>พิมพ์วันที่สอบทาน เช่น 13/04/2568</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="252"/>
        <source>No result is keyed yet.</source>
        <translation>ยังไม่ได้บันทึกผลครัวเรือนใดเลย</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="260"/>
        <source>Saved {visits} visits; {changes} households changed status.</source>
        <translation>บันทึกการสอบทาน {visits} ครัวเรือนแล้ว มี {changes} ครัวเรือนที่เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location filename="../../ui/village_keying.py" line="266"/>
        <source>Saving the village&apos;s results…</source>
        <translation>กำลังบันทึกผลการสอบทานของหมู่บ้าน…</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/visit_dialog.py" line="56"/>
        <source>Record a verification visit</source>
        <translation>บันทึกการสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="62"/>
        <source>— choose the result —</source>
        <translation>— เลือกผลการสอบทาน —</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="66"/>
        <source>names of the team members</source>
        <translation>ชื่อผู้สอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="68"/>
        <source>(not given)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="78"/>
        <location filename="../../ui/visit_dialog.py" line="107"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="79"/>
        <source>Date of the visit</source>
        <translation>วันที่สอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="80"/>
        <source>Result</source>
        <translation>ผลการสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="81"/>
        <source>Team</source>
        <translation>ทีมสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="82"/>
        <source>Team&apos;s agency</source>
        <translation>หน่วยงานของทีม</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="83"/>
        <source>Team&apos;s phone</source>
        <translation>โทรศัพท์ของทีม</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="84"/>
        <source>Informant</source>
        <translation>ผู้ให้ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="85"/>
        <source>What was found</source>
        <translation>สิ่งที่พบ</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="86"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="105"/>
        <source>Reason (required: the result changes a verified household)</source>
        <translation>เหตุผล (ต้องระบุ เพราะผลนี้เปลี่ยนผลการสอบทานเดิม)</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="127"/>
        <source>Type the date of the visit, e.g. 13/04/2568.</source>
        <translation>พิมพ์วันที่สอบทาน เช่น 13/04/2568</translation>
    </message>
    <message>
        <location filename="../../ui/visit_dialog.py" line="130"/>
        <source>Choose the result of the visit.</source>
        <translation>โปรดเลือกผลการสอบทาน</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <location filename="../../core/access.py" line="68"/>
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="69"/>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="70"/>
        <source>Viewer</source>
        <translation>ผู้ดู</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="71"/>
        <source>System</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="77"/>
        <source>change household data</source>
        <translation>แก้ไขข้อมูลครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="78"/>
        <source>import household lists</source>
        <translation>นำเข้าบัญชีครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="79"/>
        <source>print documents with personal data</source>
        <translation>พิมพ์เอกสารที่มีข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="80"/>
        <source>export lists with personal data</source>
        <translation>ส่งออกรายชื่อที่มีข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="81"/>
        <source>see full national IDs</source>
        <translation>ดูเลขประจำตัวประชาชนเต็ม</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="82"/>
        <source>show national IDs</source>
        <translation>แสดงเลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="83"/>
        <source>change the office&apos;s settings and reference data</source>
        <translation>แก้ไขการตั้งค่าและข้อมูลอ้างอิงของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="85"/>
        <source>manage users</source>
        <translation>จัดการผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="86"/>
        <source>back up the database</source>
        <translation>สำรองฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="87"/>
        <source>restore the database</source>
        <translation>คืนค่าฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="88"/>
        <source>read the audit log</source>
        <translation>ดูบันทึกการใช้งาน</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="106"/>
        <source>{user} may change only households in the subdistricts assigned to them; this household is in another subdistrict. Nothing was changed.</source>
        <translation>{user} แก้ไขได้เฉพาะครัวเรือนในตำบลที่ได้รับมอบหมาย ครัวเรือนนี้อยู่ในตำบลอื่น จึงไม่มีการเปลี่ยนแปลงข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/access.py" line="110"/>
        <source>{user} ({role}) may not {action}. Nothing was changed; ask an administrator.</source>
        <translation>{user} ({role}) ไม่มีสิทธิ์{action} จึงไม่มีการเปลี่ยนแปลงข้อมูล กรุณาติดต่อผู้ดูแลระบบ</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../core/attachments.py" line="50"/>
        <source>{name} cannot be attached: attach photos (JPEG, PNG) or scans (PDF, TIFF).</source>
        <translation>แนบไฟล์ {name} ไม่ได้ แนบได้เฉพาะรูปถ่าย (JPEG, PNG) หรือเอกสารสแกน (PDF, TIFF)</translation>
    </message>
    <message>
        <location filename="../../core/attachments.py" line="54"/>
        <source>{name} is empty.</source>
        <translation>ไฟล์ {name} ว่างเปล่า</translation>
    </message>
    <message>
        <location filename="../../core/attachments.py" line="56"/>
        <source>{name} is larger than {mb} MB; make the photo smaller or scan at a lower resolution.</source>
        <translation>ไฟล์ {name} ใหญ่เกิน {mb} MB กรุณาย่อขนาดรูปหรือสแกนด้วยความละเอียดต่ำลง</translation>
    </message>
    <message>
        <location filename="../../core/attachments.py" line="60"/>
        <source>{name} is not really a {kind} file; it may be damaged or renamed.</source>
        <translation>ไฟล์ {name} ไม่ใช่ไฟล์ {kind} จริง อาจเสียหายหรือถูกเปลี่ยนชื่อ</translation>
    </message>
    <message>
        <location filename="../../core/attachments.py" line="73"/>
        <source>{name} cannot be read: {error}</source>
        <translation>อ่านไฟล์ {name} ไม่ได้: {error}</translation>
    </message>
    <message>
        <location filename="../../core/attachments.py" line="78"/>
        <source>Household {id} does not exist.</source>
        <translation>ไม่มีครัวเรือนเลขที่ {id}</translation>
    </message>
    <message>
        <location filename="../../core/attachments.py" line="82"/>
        <source>file attached: {name}</source>
        <translation>แนบไฟล์ {name}</translation>
    </message>
    <message>
        <location filename="../../core/attachments.py" line="113"/>
        <location filename="../../core/attachments.py" line="126"/>
        <source>The attachment no longer exists.</source>
        <translation>ไม่มีไฟล์แนบนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../core/attachments.py" line="115"/>
        <source>The stored copy of {name} is damaged; restore a backup.</source>
        <translation>ไฟล์ {name} ที่เก็บไว้เสียหาย กรุณากู้คืนจากไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/attachments.py" line="129"/>
        <source>file removed: {name}</source>
        <translation>ลบไฟล์ {name}</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../core/audit.py" line="151"/>
        <source>signed in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="152"/>
        <source>failed sign-in</source>
        <translation>เข้าสู่ระบบไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="153"/>
        <source>imported a list</source>
        <translation>นำเข้าบัญชีรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="154"/>
        <source>undid an import</source>
        <translation>ยกเลิกการนำเข้า</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="155"/>
        <source>exported the household list</source>
        <translation>ส่งออกรายชื่อครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="156"/>
        <source>exported a return</source>
        <translation>ส่งออกรายงานส่งจังหวัด</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="157"/>
        <source>printed or saved a document</source>
        <translation>พิมพ์หรือบันทึกเอกสาร</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="158"/>
        <source>backed up the database</source>
        <translation>สำรองฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="159"/>
        <source>restored the database</source>
        <translation>คืนค่าฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="160"/>
        <source>changed a setting</source>
        <translation>เปลี่ยนการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="161"/>
        <source>showed a full national ID</source>
        <translation>แสดงเลขประจำตัวประชาชนเต็ม</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="162"/>
        <source>added a user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="261"/>
        <source>households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="262"/>
        <source>household numbers</source>
        <translation>เลขที่ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="263"/>
        <source>kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="263"/>
        <source>pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="264"/>
        <source>full national IDs</source>
        <translation>เลขประจำตัวประชาชนเต็ม</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="265"/>
        <source>month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="265"/>
        <source>reason</source>
        <translation>เหตุ</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="266"/>
        <source>size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="266"/>
        <source>import number</source>
        <translation>นำเข้าครั้งที่</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="267"/>
        <source>source</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="267"/>
        <source>rows read</source>
        <translation>แถวที่อ่าน</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="268"/>
        <source>replaced database kept as</source>
        <translation>เก็บฐานข้อมูลเดิมไว้ที่</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="269"/>
        <source>asked by</source>
        <translation>ผู้สั่ง</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="270"/>
        <source>submitted return</source>
        <translation>รายงานที่ส่งแล้วเลขที่</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="276"/>
        <source>verification forms</source>
        <translation>แบบสอบทานข้อมูลครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="277"/>
        <source>village register</source>
        <translation>ทะเบียนครัวเรือนเป้าหมายรายหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="278"/>
        <source>referral letter</source>
        <translation>หนังสือส่งต่อ</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="279"/>
        <source>case summary</source>
        <translation>สรุปข้อมูลรายครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="280"/>
        <source>standard return</source>
        <translation>แบบรายงานมาตรฐาน</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="281"/>
        <source>province template</source>
        <translation>แบบฟอร์มของจังหวัด</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="282"/>
        <source>province return</source>
        <translation>รายงานรวมระดับจังหวัด</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="287"/>
        <source>daily, on opening</source>
        <translation>ประจำวัน เมื่อเปิดโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="288"/>
        <source>before an import</source>
        <translation>ก่อนนำเข้าข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="289"/>
        <source>before a program update</source>
        <translation>ก่อนปรับรุ่นโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="290"/>
        <source>the database replaced by a restore</source>
        <translation>ฐานข้อมูลเดิมก่อนคืนค่า</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="291"/>
        <source>made by a user</source>
        <translation>ผู้ใช้สำรองเอง</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="303"/>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="303"/>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="340"/>
        <source>Audit entry {id} was changed after it was written.</source>
        <translation>รายการที่ {id} ถูกแก้ไขหลังจากบันทึกไว้</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="342"/>
        <source>The audit log was changed before entry {id}: an entry was removed or inserted there.</source>
        <translation>บันทึกการใช้งานถูกแก้ไขก่อนรายการที่ {id}: มีการลบหรือแทรกรายการ ณ จุดนั้น</translation>
    </message>
    <message>
        <location filename="../../core/audit.py" line="345"/>
        <source>The last entries of the audit log were removed (the last one left is entry {id}).</source>
        <translation>รายการท้ายสุดของบันทึกการใช้งานถูกลบ (รายการสุดท้ายที่เหลือคือรายการที่ {id})</translation>
    </message>
</context>
<context>
    <name>case</name>
    <message>
        <location filename="../../core/case.py" line="184"/>
        <source>The household was not saved. Please correct:</source>
        <extracomment>The household&apos;s own editable columns, in the editor&apos;s order. A member&apos;s editable columns.</extracomment>
        <translation>ยังไม่ได้บันทึกครัวเรือน กรุณาแก้ไข:</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="205"/>
        <source>another user</source>
        <translation>ผู้ใช้อื่น</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="207"/>
        <source>{who} saved this household{when} while you were editing it. Your changes were not saved. They changed:</source>
        <translation>{who} บันทึกครัวเรือนนี้{when} ระหว่างที่คุณกำลังแก้ไข การแก้ไขของคุณจึงยังไม่ได้บันทึก สิ่งที่อีกฝ่ายแก้ไข:</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="210"/>
        <source>(nothing you can see here; e.g. a visit or a status)</source>
        <translation>(ไม่ใช่ข้อมูลในหน้านี้ เช่น การสอบทานหรือสถานะ)</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="226"/>
        <source>Household {id} does not exist (any more).</source>
        <translation>ไม่มีครัวเรือนเลขที่ {id} (อาจถูกลบหรือรวมไปแล้ว)</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="292"/>
        <source>Choose the subdistrict.</source>
        <translation>กรุณาเลือกตำบล</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="294"/>
        <source>The subdistrict is not in this office&apos;s district.</source>
        <translation>ตำบลนี้ไม่อยู่ในอำเภอของสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="299"/>
        <source>The village is not in the chosen subdistrict.</source>
        <translation>หมู่บ้านนี้ไม่อยู่ในตำบลที่เลือก</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="304"/>
        <source>A house code has 11 digits (XXXX-XXXXXX-X).</source>
        <translation>รหัสบ้านมี 11 หลัก (XXXX-XXXXXX-X)</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="307"/>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>กรุณาใส่ทั้งละติจูดและลองจิจูด หรือไม่ใส่ทั้งคู่</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="311"/>
        <source>The GPS point is outside Thailand (latitude 5–21, longitude 97–106).</source>
        <translation>พิกัด GPS อยู่นอกประเทศไทย (ละติจูด 5–21 ลองจิจูด 97–106)</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="325"/>
        <source>Mark one member as the head of the household.</source>
        <translation>กรุณาระบุสมาชิกหนึ่งคนเป็นหัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="328"/>
        <source>Only one member can be the head of the household.</source>
        <translation>หัวหน้าครัวเรือนมีได้เพียงคนเดียว</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="331"/>
        <source>A household needs at least one member.</source>
        <translation>ครัวเรือนต้องมีสมาชิกอย่างน้อยหนึ่งคน</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="334"/>
        <source>a new member</source>
        <translation>สมาชิกใหม่</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="337"/>
        <source>Give the first name of every member.</source>
        <translation>กรุณาใส่ชื่อของสมาชิกทุกคน</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="341"/>
        <source>The national ID of {name} is not valid (13 digits with a correct check digit).</source>
        <translation>เลขประจำตัวประชาชนของ {name} ไม่ถูกต้อง (ต้องมี 13 หลักและเลขตรวจสอบถูกต้อง)</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="345"/>
        <source>{name} and {other} have the same national ID.</source>
        <translation>{name} และ {other} มีเลขประจำตัวประชาชนเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="351"/>
        <source>{name} has no national ID: say why (e.g. no card, stateless).</source>
        <translation>{name} ไม่มีเลขประจำตัวประชาชน กรุณาระบุเหตุผล (เช่น ไม่มีบัตร ไร้สัญชาติ)</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="355"/>
        <source>The birth date of {name} is in the future or too long ago.</source>
        <translation>วันเกิดของ {name} เป็นวันในอนาคตหรือเก่าเกินไป</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="359"/>
        <source>The income of {name} cannot be negative.</source>
        <translation>รายได้ของ {name} ติดลบไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="370"/>
        <source>National ID {nid} already belongs to a member of household {id} ({head}). If it is the same family, merge the two households instead.</source>
        <translation>เลขประจำตัวประชาชน {nid} เป็นของสมาชิกครัวเรือนเลขที่ {id} ({head}) อยู่แล้ว ถ้าเป็นครอบครัวเดียวกัน ให้ใช้การรวมครัวเรือนซ้ำแทน</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="382"/>
        <source>Each assessment round needs its own number (1, 2, …).</source>
        <translation>รอบการประเมินแต่ละรอบต้องมีหมายเลขไม่ซ้ำกัน (1, 2, …)</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="386"/>
        <source>Score every capital from 1 to 4 in round {round}.</source>
        <translation>กรุณาให้คะแนนทุนทุกด้าน 1 ถึง 4 ในรอบที่ {round}</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="390"/>
        <source>Round {round} is dated in the future.</source>
        <translation>รอบที่ {round} ลงวันที่ในอนาคต</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="446"/>
        <source>household added by hand</source>
        <translation>เพิ่มครัวเรือนด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="473"/>
        <source>Household {id} no longer exists; it may have been merged or its import undone.</source>
        <translation>ไม่มีครัวเรือนเลขที่ {id} แล้ว อาจถูกรวมหรือการนำเข้าถูกยกเลิก</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="485"/>
        <source>household edited</source>
        <translation>แก้ไขข้อมูลครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="700"/>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="700"/>
        <source>no</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="718"/>
        <source>member removed: {name}</source>
        <translation>ลบสมาชิก: {name}</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="722"/>
        <source>member added: {name}</source>
        <translation>เพิ่มสมาชิก: {name}</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="730"/>
        <source>problem added: {what}</source>
        <translation>เพิ่มปัญหา: {what}</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="732"/>
        <source>problem resolved: {what}</source>
        <translation>ปัญหาได้รับการแก้ไข: {what}</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="735"/>
        <source>capital assessments changed</source>
        <translation>แก้ไขการประเมินทุน 5 ด้าน</translation>
    </message>
    <message>
        <location filename="../../core/case.py" line="737"/>
        <source>verification status changed</source>
        <translation>เปลี่ยนสถานะการสอบทาน</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../ui/cli.py" line="196"/>
        <source>Give the password in the environment variable {variable}.</source>
        <translation>กรุณาระบุรหัสผ่านในตัวแปรสภาพแวดล้อม {variable}</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="239"/>
        <source>This database has users: give --user NAME (the password is read from KAEJON_PASSWORD, or asked).</source>
        <translation>ฐานข้อมูลนี้มีผู้ใช้แล้ว กรุณาระบุ --user ชื่อผู้ใช้ (รหัสผ่านอ่านจาก KAEJON_PASSWORD หรือถามเมื่อรันคำสั่ง)</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="203"/>
        <source>Password for {name}: </source>
        <translation>รหัสผ่านของ {name}: </translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="222"/>
        <source>(The passphrase on the command line: KAEJON_DB_PASSPHRASE.)</source>
        <translation>(รหัสผ่านฐานข้อมูลทางบรรทัดคำสั่ง: KAEJON_DB_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="255"/>
        <source>New password: </source>
        <translation>รหัสผ่านใหม่: </translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="257"/>
        <source>The new password again: </source>
        <translation>ยืนยันรหัสผ่านใหม่: </translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="258"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>รหัสผ่านสองครั้งไม่ตรงกัน จึงไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="280"/>
        <source>Set the passphrase in the environment variable KAEJON_DB_PASSPHRASE.</source>
        <translation>โปรดกำหนดรหัสผ่านฐานข้อมูลในตัวแปรสภาพแวดล้อม KAEJON_DB_PASSPHRASE</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="282"/>
        <source>New passphrase: </source>
        <translation>รหัสผ่านฐานข้อมูลใหม่: </translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="283"/>
        <source>The passphrase again: </source>
        <translation>ป้อนรหัสผ่านฐานข้อมูลอีกครั้ง: </translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="284"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>รหัสผ่านฐานข้อมูลทั้งสองครั้งไม่ตรงกัน ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="301"/>
        <source>Created the office database {db} for {office}.</source>
        <translation>สร้างฐานข้อมูล {db} ของ{office} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="332"/>
        <source>Added {households} households ({members} members) in {seconds:.1f} s to {db}.</source>
        <translation>เพิ่ม {households} ครัวเรือน (สมาชิก {members} คน) ใน {seconds:.1f} วินาที ลงใน {db} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="355"/>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="356"/>
        <source>Schema version</source>
        <translation>รุ่นโครงสร้างฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="357"/>
        <source>Office</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="358"/>
        <source>Households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="359"/>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="360"/>
        <source>Villages with households</source>
        <translation>หมู่บ้านที่มีครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="361"/>
        <source>Visits</source>
        <translation>การสอบทาน</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="362"/>
        <source>Interventions</source>
        <translation>รายการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="363"/>
        <source>Partner agencies</source>
        <translation>หน่วยงานภาคี</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="364"/>
        <source>Import batches</source>
        <translation>ครั้งที่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="365"/>
        <source>History entries</source>
        <translation>รายการประวัติการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="386"/>
        <source>Backup written to {path}.</source>
        <translation>สำรองข้อมูลไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="407"/>
        <source>Restored from {source}.</source>
        <translation>คืนค่าข้อมูลจาก {source} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="409"/>
        <source>The replaced database was kept as {path}.</source>
        <translation>เก็บฐานข้อมูลเดิมไว้ที่ {path}</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="440"/>
        <source>Data rows read</source>
        <translation>แถวข้อมูลที่อ่าน</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="441"/>
        <source>New people</source>
        <translation>บุคคลใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="442"/>
        <source>Updated people</source>
        <translation>บุคคลที่ปรับปรุงข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="443"/>
        <source>Unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="444"/>
        <source>Rejected</source>
        <translation>ไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="445"/>
        <source>To review</source>
        <translation>รอตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="446"/>
        <source>New households</source>
        <translation>ครัวเรือนใหม่</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="447"/>
        <source>Updated households</source>
        <translation>ครัวเรือนที่ปรับปรุงข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="448"/>
        <source>Households no longer on the list</source>
        <translation>ครัวเรือนที่ไม่อยู่ในบัญชีแล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="453"/>
        <source>Row {row}: {reason}</source>
        <translation>แถวที่ {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="455"/>
        <source>Dry run: nothing was written.</source>
        <translation>ทดลองนำเข้า: ยังไม่มีการบันทึกข้อมูล</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="457"/>
        <source>Saved as import number {id}.</source>
        <translation>บันทึกแล้ว เป็นการนำเข้าครั้งที่ {id}</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="472"/>
        <source>Import number {id} undone: {households} households and {members} people removed, {restored} values restored.</source>
        <translation>ยกเลิกการนำเข้าครั้งที่ {id} แล้ว: ลบ {households} ครัวเรือน {members} คน คืนค่าเดิม {restored} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="491"/>
        <source>There is no village {code} in this database (a village code has 8 digits: province, district, subdistrict, หมู่).</source>
        <translation>ฐานข้อมูลนี้ไม่มีหมู่บ้านรหัส {code} (รหัสหมู่บ้านมี 8 หลัก: จังหวัด อำเภอ ตำบล หมู่)</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="523"/>
        <source> (overdue {days} days)</source>
        <translation> (เลยกำหนด {days} วัน)</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="528"/>
        <source>{count} referrals.</source>
        <translation>{count} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="565"/>
        <source>Wrote {pages} pages to {path}.</source>
        <translation>เขียนเอกสาร {pages} หน้าลงใน {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="586"/>
        <source> (disabled)</source>
        <translation> (ระงับการใช้งาน)</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="597"/>
        <source>Added the user {name} ({role}).</source>
        <translation>เพิ่มผู้ใช้ {name} ({role}) แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="604"/>
        <source>Give --name NAME (or --user NAME for your own password).</source>
        <translation>กรุณาระบุ --name ชื่อผู้ใช้ (หรือ --user ชื่อผู้ใช้ เพื่อเปลี่ยนรหัสผ่านของตนเอง)</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="607"/>
        <source>Current password: </source>
        <translation>รหัสผ่านปัจจุบัน: </translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="616"/>
        <source>The password of {name} was changed.</source>
        <translation>เปลี่ยนรหัสผ่านของ {name} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="625"/>
        <source>The user {name} was changed.</source>
        <translation>แก้ไขผู้ใช้ {name} แล้ว</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="647"/>
        <source>The audit log is intact: {count} entries checked.</source>
        <translation>บันทึกการใช้งานครบถ้วน ไม่ถูกแก้ไข: ตรวจ {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="650"/>
        <source>The audit log is broken: {message}</source>
        <translation>บันทึกการใช้งานไม่ครบถ้วน: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="662"/>
        <source>Only SQLite database files can be encrypted here; a PostgreSQL server protects its data itself.</source>
        <translation>เข้ารหัสได้เฉพาะไฟล์ฐานข้อมูล SQLite เซิร์ฟเวอร์ PostgreSQL มีระบบป้องกันข้อมูลของตนเอง</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="677"/>
        <source>Encrypted copy written to {path}. Open it with its passphrase, check it, then delete the unencrypted {old} and its backups.</source>
        <translation>เขียนสำเนาที่เข้ารหัสไว้ที่ {path} แล้ว โปรดเปิดด้วยรหัสผ่านและตรวจสอบ จากนั้นลบไฟล์เดิมที่ไม่ได้เข้ารหัส {old} และไฟล์สำรองของไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="680"/>
        <source>Each user opens it with their own password after giving the passphrase once; keep the passphrase in a safe place.</source>
        <translation>ผู้ใช้แต่ละคนเปิดได้ด้วยรหัสผ่านของตนเองหลังป้อนรหัสผ่านฐานข้อมูลหนึ่งครั้ง โปรดเก็บรหัสผ่านฐานข้อมูลไว้ในที่ปลอดภัย</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="724"/>
        <source>kaejon: cancelled; nothing was changed.</source>
        <translation>kaejon: ยกเลิกแล้ว ไม่มีข้อมูลใดถูกเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../core/dashboard.py" line="321"/>
        <source>Fiscal year {year}</source>
        <translation>ปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="405"/>
        <source>Households on the lists</source>
        <translation>ครัวเรือนในบัญชีทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="406"/>
        <source>Verified</source>
        <translation>สอบทานแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="407"/>
        <source>Confirmed targets</source>
        <translation>ยืนยันเป็นครัวเรือนเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="408"/>
        <source>Help in progress</source>
        <translation>อยู่ระหว่างดำเนินการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="409"/>
        <source>Helped or self-resolved</source>
        <translation>ช่วยเหลือแล้ว/แก้ไขได้ด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="410"/>
        <source>Out of poverty</source>
        <translation>พ้นความยากจน</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="411"/>
        <source>Overdue referrals</source>
        <translation>การส่งต่อที่เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="412"/>
        <source>Baht spent</source>
        <translation>ใช้จ่ายจริง (บาท)</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="418"/>
        <source>{what}: the households of these {count} referrals</source>
        <translation>{what}: ครัวเรือนของการส่งต่อ {count} รายการนี้</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="437"/>
        <source>of {count} open referrals</source>
        <translation>จากการส่งต่อที่ยังไม่เสร็จ {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="441"/>
        <source>{count} referrals done and paid</source>
        <translation>จากการช่วยเหลือที่เสร็จสิ้น {count} รายการ</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="444"/>
        <source>households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="447"/>
        <source>Verification per subdistrict</source>
        <translation>การสอบทานรายตำบล</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="453"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="455"/>
        <source>Help status of confirmed targets</source>
        <translation>สถานะการช่วยเหลือครัวเรือนเป้าหมายที่ยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="458"/>
        <source>Help status</source>
        <translation>สถานะการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="460"/>
        <source>Failed dimensions</source>
        <translation>มิติที่ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="461"/>
        <source>Households failing</source>
        <translation>ครัวเรือนที่ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="464"/>
        <source>Dimension</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="465"/>
        <source>A household can fail several dimensions and is counted in each.</source>
        <translation>ครัวเรือนหนึ่งอาจไม่ผ่านหลายมิติ จึงนับอยู่ในทุกมิติที่ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="467"/>
        <source>Household levels before and after help</source>
        <translation>ระดับครัวเรือนก่อนและหลังการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="469"/>
        <source>Before (first assessment)</source>
        <translation>ก่อน (ประเมินครั้งแรก)</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="471"/>
        <source>first assessment</source>
        <translation>ประเมินครั้งแรก</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="473"/>
        <source>After (latest assessment)</source>
        <translation>หลัง (ประเมินครั้งล่าสุด)</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="475"/>
        <source>latest assessment</source>
        <translation>ประเมินครั้งล่าสุด</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="477"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="481"/>
        <source>No agency named</source>
        <translation>ไม่ระบุหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="484"/>
        <source>Open</source>
        <translation>ยังไม่เสร็จ</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="484"/>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="485"/>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="487"/>
        <source>Referrals per agency</source>
        <translation>การส่งต่อรายหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="494"/>
        <source>referrals</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="494"/>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="505"/>
        <source>Subdistrict {name}</source>
        <translation>ตำบล{name}</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="507"/>
        <source>All subdistricts</source>
        <translation>ทุกตำบล</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="509"/>
        <source>List year {year}</source>
        <translation>บัญชีปี {year}</translation>
    </message>
    <message>
        <location filename="../../core/dashboard.py" line="511"/>
        <source>Help planned in fiscal year {year}</source>
        <translation>การช่วยเหลือที่วางแผนในปีงบประมาณ {year}</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../core/documents.py" line="820"/>
        <source>{code}  {village}, {subdistrict} ({count} households)</source>
        <translation>{code}  {village} ต.{subdistrict} ({count} ครัวเรือน)</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="836"/>
        <source>{number}  {partner}, {date} ({count} referrals)</source>
        <translation>{number}  {partner} {date} ({count} รายการ)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../core/backup.py" line="54"/>
        <source>Backup and restore here work on SQLite database files. For a PostgreSQL server use pg_dump -Fc DATABASE &gt; FILE and pg_restore -d DATABASE FILE.</source>
        <translation>คำสั่งสำรองและคืนค่าข้อมูลนี้ใช้กับไฟล์ฐานข้อมูล SQLite สำหรับเซิร์ฟเวอร์ PostgreSQL ให้ใช้ pg_dump -Fc DATABASE &gt; FILE และ pg_restore -d DATABASE FILE</translation>
    </message>
    <message>
        <location filename="../../core/backup.py" line="82"/>
        <location filename="../../core/backup.py" line="299"/>
        <source>The backup file must not be the database itself.</source>
        <translation>ไฟล์สำรองต้องไม่ใช่ไฟล์ฐานข้อมูลเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../core/backup.py" line="75"/>
        <location filename="../../core/backup.py" line="240"/>
        <location filename="../../core/errors.py" line="110"/>
        <source>The file {name} does not exist.</source>
        <translation>ไม่พบไฟล์ {name}</translation>
    </message>
    <message>
        <location filename="../../core/backup.py" line="119"/>
        <source>Keep between 1 and {most} automatic backups.</source>
        <translation>เก็บไฟล์สำรองอัตโนมัติได้ตั้งแต่ 1 ถึง {most} ชุด</translation>
    </message>
    <message>
        <location filename="../../core/backup.py" line="242"/>
        <source>The backup {name} is encrypted, but this database is not. Restore it into an encrypted database with the same passphrase.</source>
        <translation>ไฟล์สำรอง {name} เข้ารหัสไว้ แต่ฐานข้อมูลนี้ไม่ได้เข้ารหัส โปรดคืนค่าลงในฐานข้อมูลที่เข้ารหัสด้วยรหัสผ่านเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../core/backup.py" line="246"/>
        <source>The backup {name} is not encrypted, but this database is: it cannot be restored here.</source>
        <translation>ไฟล์สำรอง {name} ไม่ได้เข้ารหัส แต่ฐานข้อมูลนี้เข้ารหัสไว้ จึงคืนค่าที่นี่ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/backup.py" line="261"/>
        <location filename="../../core/backup.py" line="268"/>
        <source>{name} is not a KaeJon Desk database or is damaged. Choose another file.</source>
        <translation>{name} ไม่ใช่ฐานข้อมูลแก้จนเดสก์หรือไฟล์เสียหาย กรุณาเลือกไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../core/backup.py" line="264"/>
        <source>The backup {name} does not open with this database&apos;s passphrase, or it is damaged.</source>
        <translation>ไฟล์สำรอง {name} เปิดด้วยรหัสผ่านของฐานข้อมูลนี้ไม่ได้ หรือไฟล์เสียหาย</translation>
    </message>
    <message>
        <location filename="../../core/backup.py" line="272"/>
        <source>{name} was made by a newer version of KaeJon Desk. Install the newer version to restore it.</source>
        <translation>{name} สร้างจากแก้จนเดสก์รุ่นที่ใหม่กว่า กรุณาติดตั้งรุ่นใหม่ก่อนคืนค่าข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/reference.py" line="80"/>
        <source>Unknown district code {code}: give the 4-digit DOPA code, e.g. 5201.</source>
        <translation>ไม่พบรหัสอำเภอ {code} กรุณาใส่รหัสอำเภอ 4 หลักของกรมการปกครอง เช่น 5201</translation>
    </message>
    <message>
        <location filename="../../core/demo.py" line="201"/>
        <location filename="../../ui/cli.py" line="313"/>
        <source>The number of households cannot be negative.</source>
        <translation>จำนวนครัวเรือนต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../core/database.py" line="150"/>
        <source>The database {path} is encrypted. Sign in with your user name and password, or give its passphrase (on the command line: --user NAME with KAEJON_PASSWORD, or the environment variable KAEJON_DB_PASSPHRASE).</source>
        <translation>ฐานข้อมูล {path} เข้ารหัสไว้ โปรดเข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่าน หรือป้อนรหัสผ่านฐานข้อมูล (ทางบรรทัดคำสั่ง: --user ชื่อ พร้อม KAEJON_PASSWORD หรือตัวแปรสภาพแวดล้อม KAEJON_DB_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../../core/database.py" line="158"/>
        <location filename="../../core/encryption.py" line="36"/>
        <source>Encrypted databases need SQLCipher, which is not installed with this copy of KaeJon Desk (pip install &quot;kaejon-desk[encryption]&quot;).</source>
        <translation>ฐานข้อมูลที่เข้ารหัสต้องใช้ SQLCipher ซึ่งไม่ได้ติดตั้งมากับแก้จนเดสก์ชุดนี้ (pip install &quot;kaejon-desk[encryption]&quot;)</translation>
    </message>
    <message>
        <location filename="../../core/database.py" line="179"/>
        <source>The database file {path} does not exist. Create it with the init or demo command, or choose another file.</source>
        <translation>ไม่พบไฟล์ฐานข้อมูล {path} สร้างด้วยคำสั่ง init หรือ demo หรือเลือกไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../core/database.py" line="187"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/database.py" line="216"/>
        <source>The passphrase does not open the database {path}. Check it (capital letters, Thai or English keyboard) and try again.</source>
        <translation>รหัสผ่านฐานข้อมูลที่ป้อนเปิดฐานข้อมูล {path} ไม่ได้ โปรดตรวจสอบ (ตัวพิมพ์ใหญ่-เล็ก แป้นพิมพ์ภาษาไทยหรืออังกฤษ) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="43"/>
        <source>The database {target} was made by a newer version of KaeJon Desk (schema {revision}). Install the newer version to open it.</source>
        <translation>ฐานข้อมูล {target} สร้างจากแก้จนเดสก์รุ่นที่ใหม่กว่า (โครงสร้างรุ่น {revision}) กรุณาติดตั้งรุ่นใหม่ก่อนเปิดใช้</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="51"/>
        <source>{target} is not a KaeJon Desk database. Choose the right file.</source>
        <translation>{target} ไม่ใช่ฐานข้อมูลแก้จนเดสก์ กรุณาเลือกไฟล์ให้ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="58"/>
        <source>Someone else saved this record while you were editing it. Reopen it to see their changes, then make yours again.</source>
        <translation>มีผู้อื่นบันทึกข้อมูลนี้ขณะที่คุณกำลังแก้ไข กรุณาเปิดใหม่เพื่อดูสิ่งที่เขาแก้ แล้วแก้ไขของคุณอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="65"/>
        <source>{target} is neither a database file nor a database address this program can use (for example postgresql+psycopg://user@server/name).</source>
        <translation>{target} ไม่ใช่ไฟล์ฐานข้อมูลหรือที่อยู่ฐานข้อมูลที่โปรแกรมนี้ใช้ได้ (ตัวอย่าง postgresql+psycopg://user@server/name)</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="81"/>
        <source>The database {target} is busy or locked by another program. Try again in a moment.</source>
        <translation>ฐานข้อมูล {target} กำลังถูกใช้หรือถูกล็อกโดยโปรแกรมอื่น กรุณาลองใหม่อีกครู่</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="84"/>
        <source>{target} is not a KaeJon Desk database or is damaged. Choose the right file.</source>
        <translation>{target} ไม่ใช่ฐานข้อมูลแก้จนเดสก์หรือไฟล์เสียหาย กรุณาเลือกไฟล์ให้ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="87"/>
        <location filename="../../core/errors.py" line="105"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>พื้นที่ดิสก์เต็ม กรุณาลบไฟล์ที่ไม่ใช้แล้วลองใหม่</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="89"/>
        <source>Cannot open or write the database {target}. Check the folder and its permissions.</source>
        <translation>เปิดหรือเขียนฐานข้อมูล {target} ไม่ได้ กรุณาตรวจสอบโฟลเดอร์และสิทธิ์การเข้าถึง</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="92"/>
        <source>Cannot connect to the database server {target}. Check the address and the network.</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูล {target} ไม่ได้ กรุณาตรวจสอบที่อยู่และเครือข่าย</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="95"/>
        <source>The disk or network drive holding {target} could not be read or written. Check the drive and try again.</source>
        <translation>อ่านหรือเขียนดิสก์หรือไดรฟ์เครือข่ายที่เก็บ {target} ไม่ได้ กรุณาตรวจสอบไดรฟ์แล้วลองใหม่</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="107"/>
        <source>Permission denied for {name}. Choose another folder or ask your administrator.</source>
        <translation>ไม่มีสิทธิ์เข้าถึง {name} กรุณาเลือกโฟลเดอร์อื่นหรือติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="112"/>
        <source>Cannot use the file {name}: {detail}</source>
        <translation>ใช้ไฟล์ {name} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../core/office.py" line="45"/>
        <source>This database already belongs to an office; it cannot be set up again.</source>
        <translation>ฐานข้อมูลนี้ตั้งค่าให้หน่วยงานแล้ว ตั้งค่าซ้ำไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/demo.py" line="211"/>
        <source>This database belongs to district {office}, not {code}.</source>
        <translation>ฐานข้อมูลนี้เป็นของอำเภอรหัส {office} ไม่ใช่ {code}</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="419"/>
        <source>Give the list year in the Buddhist Era, e.g. 2567.</source>
        <translation>กรุณาระบุปีของบัญชีเป็นพุทธศักราช เช่น 2567</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="483"/>
        <source>The limit cannot be negative.</source>
        <translation>จำนวนที่จำกัดติดลบไม่ได้</translation>
    </message>
    <message>
        <location filename="../../ui/cli.py" line="552"/>
        <source>Give --{option} for a {kind} document.</source>
        <translation>โปรดระบุ --{option} สำหรับเอกสาร {kind}</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="366"/>
        <source>This database has no office profile yet. Set up the office first.</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีข้อมูลสำนักงาน โปรดตั้งค่าสำนักงานก่อน</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="392"/>
        <source>There is no village with the code {code} in this database (give 8 digits CCAATTMM, e.g. 52010101).</source>
        <translation>ไม่มีหมู่บ้านรหัส {code} ในฐานข้อมูลนี้ (ระบุรหัส 8 หลัก CCAATTMM เช่น 52010101)</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="545"/>
        <source>There are no households to print.</source>
        <translation>ไม่มีครัวเรือนที่จะพิมพ์</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="565"/>
        <source>The village {village} has no households.</source>
        <translation>{village} ไม่มีครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="604"/>
        <source>There is no referral batch {batch} (give its number or its id).</source>
        <translation>ไม่มีชุดส่งต่อ {batch} (ระบุเลขที่ส่งต่อหรือรหัสชุด)</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="647"/>
        <source>The referral batch {batch} holds no referrals.</source>
        <translation>ชุดส่งต่อ {batch} ไม่มีรายการส่งต่อ</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="664"/>
        <source>There is no household with the id {id}.</source>
        <translation>ไม่มีครัวเรือนรหัส {id}</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="737"/>
        <source>There is no household with the code {code}.</source>
        <translation>ไม่มีครัวเรือนรหัส {code}</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="740"/>
        <source>Give the household&apos;s code as the list shows it (e.g. 5201-000005-5), or its number.</source>
        <translation>โปรดระบุรหัสครัวเรือนตามที่แสดงในรายการ (เช่น 5201-000005-5) หรือเลขลำดับของครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="780"/>
        <source>The output file must end in .pdf: {path}</source>
        <translation>ชื่อไฟล์ที่จะเขียนต้องลงท้ายด้วย .pdf: {path}</translation>
    </message>
    <message>
        <location filename="../../core/documents.py" line="783"/>
        <source>The folder {folder} does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <location filename="../../core/encryption.py" line="28"/>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>รหัสผ่านฐานข้อมูลต้องมีอย่างน้อย {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../core/encryption.py" line="52"/>
        <source>{name} is already encrypted.</source>
        <translation>{name} เข้ารหัสไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../../core/encryption.py" line="56"/>
        <source>{name} exists already. Choose another file name.</source>
        <translation>มีไฟล์ {name} อยู่แล้ว โปรดเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../core/encryption.py" line="80"/>
        <source>The encrypted copy failed its check; nothing was changed.</source>
        <translation>สำเนาที่เข้ารหัสตรวจสอบไม่ผ่าน ไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <location filename="../../core/keyring.py" line="105"/>
        <source>The passphrase is too long.</source>
        <translation>รหัสผ่านฐานข้อมูลยาวเกินไป</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../core/history_log.py" line="36"/>
        <source>house code</source>
        <translation>รหัสบ้าน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="37"/>
        <source>house number</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="38"/>
        <source>village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="39"/>
        <source>subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="40"/>
        <source>soi</source>
        <translation>ซอย</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="41"/>
        <source>road</source>
        <translation>ถนน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="42"/>
        <source>in a municipality</source>
        <translation>ในเขตเทศบาล</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="43"/>
        <source>latitude</source>
        <translation>ละติจูด</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="44"/>
        <source>longitude</source>
        <translation>ลองจิจูด</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="45"/>
        <location filename="../../core/history_log.py" line="90"/>
        <source>phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="46"/>
        <source>farmer book number</source>
        <translation>เลขที่สมุดทะเบียนเกษตรกร</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="47"/>
        <source>state welfare card</source>
        <translation>บัตรสวัสดิการแห่งรัฐ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="48"/>
        <source>in TPMAP</source>
        <translation>อยู่ใน TPMAP</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="49"/>
        <source>in ThaiQM</source>
        <translation>อยู่ใน ThaiQM</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="50"/>
        <source>source of the case</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="51"/>
        <source>stage</source>
        <translation>ขั้นของครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="52"/>
        <source>responsible agency</source>
        <translation>หน่วยงานรับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="53"/>
        <location filename="../../core/history_log.py" line="91"/>
        <source>notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="54"/>
        <source>verification status</source>
        <translation>สถานะการสอบทาน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="55"/>
        <source>help status</source>
        <translation>สถานะการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="56"/>
        <source>help decision</source>
        <translation>การตัดสินเรื่องการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="57"/>
        <source>last visit</source>
        <translation>สอบทานล่าสุด</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="58"/>
        <source>merged into</source>
        <translation>รวมเข้ากับ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="59"/>
        <location filename="../../core/history_log.py" line="93"/>
        <source>household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="60"/>
        <source>level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="61"/>
        <source>resolved on</source>
        <translation>แก้ไขได้เมื่อ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="62"/>
        <source>round</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="63"/>
        <source>assessed on</source>
        <translation>วันที่ประเมิน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="64"/>
        <source>assessor</source>
        <translation>ผู้ประเมิน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="65"/>
        <source>scores</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="66"/>
        <source>mean score</source>
        <translation>คะแนนเฉลี่ย</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="67"/>
        <source>decision</source>
        <translation>ผลการพิจารณา</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="68"/>
        <source>result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="69"/>
        <source>status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="72"/>
        <source>national ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="73"/>
        <source>reason for no ID</source>
        <translation>เหตุที่ไม่มีเลขประจำตัว</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="74"/>
        <source>title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="75"/>
        <source>first name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="76"/>
        <source>last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="77"/>
        <source>sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="78"/>
        <source>birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="79"/>
        <source>birth date known to</source>
        <translation>ความละเอียดของวันเกิด</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="80"/>
        <source>relation to the head</source>
        <translation>ความสัมพันธ์กับหัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="81"/>
        <source>head of household</source>
        <translation>หัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="82"/>
        <source>living status</source>
        <translation>สถานะการอยู่อาศัย</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="83"/>
        <source>health</source>
        <translation>สุขภาพ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="84"/>
        <source>disability</source>
        <translation>ความพิการ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="85"/>
        <source>education</source>
        <translation>การศึกษา</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="86"/>
        <source>work</source>
        <translation>การทำงาน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="87"/>
        <source>occupation</source>
        <translation>อาชีพ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="88"/>
        <source>income (baht a year)</source>
        <translation>รายได้ (บาทต่อปี)</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="89"/>
        <source>reads and writes Thai</source>
        <translation>อ่านเขียนภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="92"/>
        <source>welfare received</source>
        <translation>สวัสดิการที่ได้รับ</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../core/help_status.py" line="214"/>
        <source>Derived from the household&apos;s verification and help</source>
        <translation>ปรับตามผลการสอบทานและการช่วยเหลือของครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/help_status.py" line="263"/>
        <source>Give a reason for this decision.</source>
        <translation>กรุณาระบุเหตุผลของการตัดสินนี้</translation>
    </message>
    <message>
        <location filename="../../core/help_status.py" line="267"/>
        <source>The household no longer exists.</source>
        <translation>ไม่พบครัวเรือนนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../core/help_status.py" line="269"/>
        <source>Only a household confirmed as a target household has a help status.</source>
        <translation>สถานะการช่วยเหลือมีได้เฉพาะครัวเรือนที่ยืนยันเป็นครัวเรือนเป้าหมายแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/help_status.py" line="274"/>
        <source>This household is out of poverty by its latest capital assessment; record a new assessment to change that.</source>
        <translation>ครัวเรือนนี้พ้นความยากจนตามผลการประเมินทุนครั้งล่าสุด หากต้องการเปลี่ยนแปลง กรุณาบันทึกผลการประเมินครั้งใหม่</translation>
    </message>
    <message>
        <location filename="../../core/help_status.py" line="278"/>
        <source>This household&apos;s help is not closed; there is nothing to reopen.</source>
        <translation>การช่วยเหลือของครัวเรือนนี้ยังไม่ได้ปิด จึงไม่มีสิ่งที่ต้องเปิดใหม่</translation>
    </message>
    <message>
        <location filename="../../core/help_status.py" line="284"/>
        <source>This household still has {count} open referral(s). Record their outcome or cancel them first.</source>
        <translation>ครัวเรือนนี้ยังมีการส่งต่อที่ยังไม่สิ้นสุด {count} รายการ กรุณาบันทึกผลหรือยกเลิกรายการเหล่านั้นก่อน</translation>
    </message>
    <message>
        <location filename="../../core/help_status.py" line="288"/>
        <source>Only a household that has been helped or solved its problems itself can be marked as out of poverty.</source>
        <translation>บันทึกว่าพ้นความยากจนได้เฉพาะครัวเรือนที่ได้รับความช่วยเหลือแล้วหรือแก้ไขได้ด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../../core/help_status.py" line="292"/>
        <source>Only a household that has had no help can be marked as having solved its problems itself.</source>
        <translation>บันทึกว่าแก้ไขได้ด้วยตนเองได้เฉพาะครัวเรือนที่ยังไม่ได้รับความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="81"/>
        <source>{text} is not an amount in baht.</source>
        <translation>&quot;{text}&quot; ไม่ใช่จำนวนเงินบาท</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="84"/>
        <location filename="../../core/interventions.py" line="237"/>
        <location filename="../../core/interventions.py" line="379"/>
        <location filename="../../core/interventions.py" line="413"/>
        <source>An amount cannot be negative.</source>
        <translation>จำนวนเงินต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="86"/>
        <source>{text} baht is too large for one help.</source>
        <translation>{text} บาท เป็นจำนวนที่สูงเกินไปสำหรับความช่วยเหลือหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="90"/>
        <source>An amount has at most two decimals (satang).</source>
        <translation>จำนวนเงินมีทศนิยมได้ไม่เกินสองตำแหน่ง (สตางค์)</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="140"/>
        <source>{count} outside the subdistricts you may edit</source>
        <translation>อยู่นอกตำบลที่ท่านแก้ไขได้ {count} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="141"/>
        <source>{count} not confirmed as target households</source>
        <translation>ยังไม่ยืนยันเป็นครัวเรือนเป้าหมาย {count} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="142"/>
        <source>{count} whose help is closed (solved or out of poverty)</source>
        <translation>ปิดการช่วยเหลือแล้ว (แก้ไขได้ด้วยตนเองหรือพ้นความยากจน) {count} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="144"/>
        <source>{count} already have this help open</source>
        <translation>มีความช่วยเหลือนี้อยู่ระหว่างดำเนินการแล้ว {count} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="218"/>
        <source>Choose a kind of help that is on the menu.</source>
        <translation>กรุณาเลือกประเภทความช่วยเหลือที่อยู่ในเมนู</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="221"/>
        <location filename="../../core/interventions.py" line="245"/>
        <source>Select at least one household.</source>
        <translation>กรุณาเลือกอย่างน้อยหนึ่งครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="226"/>
        <source>Choose an agency that is active in the registry.</source>
        <translation>กรุณาเลือกหน่วยงานที่ยังใช้งานอยู่ในทะเบียน</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="230"/>
        <source>Help for one person is assigned to one household at a time, to a member of that household.</source>
        <translation>การช่วยเหลือรายบุคคลมอบหมายได้ครั้งละหนึ่งครัวเรือน และต้องเป็นสมาชิกของครัวเรือนนั้น</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="243"/>
        <source>Help cannot be assigned to {what}.</source>
        <translation>มอบหมายความช่วยเหลือไม่ได้: {what}</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="263"/>
        <source>Help assigned: {kind}</source>
        <translation>มอบหมายความช่วยเหลือ: {kind}</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="307"/>
        <location filename="../../core/interventions.py" line="884"/>
        <source>The date {date} is in the future.</source>
        <translation>วันที่ {date} เป็นวันในอนาคต</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="311"/>
        <source>A referral that is {old} cannot become {new} without a reason.</source>
        <translation>การส่งต่อที่มีสถานะ &quot;{old}&quot; จะเปลี่ยนเป็น &quot;{new}&quot; ได้ต้องระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="320"/>
        <source>The date {date} is before the referral&apos;s earlier step ({earlier}).</source>
        <translation>วันที่ {date} อยู่ก่อนขั้นตอนก่อนหน้าของการส่งต่อ ({earlier})</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="368"/>
        <location filename="../../core/interventions.py" line="398"/>
        <location filename="../../core/interventions.py" line="462"/>
        <source>The referral no longer exists.</source>
        <translation>ไม่พบรายการส่งต่อนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="385"/>
        <source>Referral {status}: {kind}</source>
        <translation>การส่งต่อ{status}: {kind}</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="404"/>
        <source>This referral was sent in batch {number}; record the agency&apos;s reply before sending it elsewhere.</source>
        <translation>รายการนี้ส่งไปแล้วในหนังสือที่ {number} กรุณาบันทึกผลการตอบกลับของหน่วยงานก่อนส่งต่อไปหน่วยงานอื่น</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="467"/>
        <source>The file {name} is empty.</source>
        <translation>ไฟล์ {name} ไม่มีข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="469"/>
        <source>The file {name} is {size} MB; evidence can be at most {limit} MB. Scan at a lower resolution or as a PDF.</source>
        <translation>ไฟล์ {name} มีขนาด {size} MB แต่หลักฐานมีขนาดได้ไม่เกิน {limit} MB กรุณาสแกนด้วยความละเอียดต่ำลงหรือบันทึกเป็น PDF</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="476"/>
        <source>The file {name} is not a photo or a PDF scan. Attach a JPEG, PNG or PDF file.</source>
        <translation>ไฟล์ {name} ไม่ใช่ภาพถ่ายหรือเอกสารสแกน PDF กรุณาแนบไฟล์ JPEG, PNG หรือ PDF</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="482"/>
        <source>This file is already attached to the referral.</source>
        <translation>ไฟล์นี้แนบไว้กับรายการส่งต่อนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="507"/>
        <source>The attachment no longer exists.</source>
        <translation>ไม่พบไฟล์แนบนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="509"/>
        <source>The stored file {name} is damaged (its checksum does not match).</source>
        <translation>ไฟล์ {name} ที่เก็บไว้เสียหาย (ค่าตรวจสอบไม่ตรงกัน)</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="626"/>
        <location filename="../../core/interventions.py" line="1085"/>
        <source>Moo {number} {name}</source>
        <translation>หมู่ {number} {name}</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="777"/>
        <source>(no agency)</source>
        <translation>(ไม่ระบุหน่วยงาน)</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="902"/>
        <source>{count} of the chosen referrals are not open referrals of {agency} waiting for a letter (already sent, answered or for another agency).</source>
        <translation>รายการที่เลือก {count} รายการ ไม่ใช่รายการส่งต่อของ{agency}ที่รอออกหนังสือ (ส่งไปแล้ว ตอบกลับแล้ว หรือเป็นของหน่วยงานอื่น)</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="907"/>
        <source>{agency} has no open referrals waiting for a letter.</source>
        <translation>{agency} ไม่มีรายการส่งต่อที่รอออกหนังสือ</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="921"/>
        <location filename="../../core/interventions.py" line="927"/>
        <source>Sent in letter {number}</source>
        <translation>ส่งต่อด้วยหนังสือที่ {number}</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="936"/>
        <location filename="../../core/interventions.py" line="996"/>
        <source>The batch no longer exists.</source>
        <translation>ไม่พบหนังสือส่งต่อนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="1002"/>
        <source>{count} of the keyed referrals are not in batch {number}.</source>
        <translation>รายการที่บันทึก {count} รายการ ไม่อยู่ในหนังสือที่ {number}</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="1019"/>
        <source>Reply to letter {number}</source>
        <translation>ผลตอบกลับหนังสือที่ {number}</translation>
    </message>
    <message>
        <location filename="../../core/interventions.py" line="1055"/>
        <source>No single agency matches {text}: give its number or code (see the partner agencies page).</source>
        <translation>ไม่พบหน่วยงานที่ตรงกับ &quot;{text}&quot; เพียงหน่วยงานเดียว กรุณาระบุหมายเลขหรือรหัสของหน่วยงาน (ดูได้ที่หน้าหน่วยงานภาคี)</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../core/history_log.py" line="105"/>
        <source>household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="105"/>
        <source>member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="106"/>
        <source>visit</source>
        <translation>การสอบทาน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="106"/>
        <source>help</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="107"/>
        <source>problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="108"/>
        <source>list entry</source>
        <translation>รายการในบัญชี</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="109"/>
        <source>capital assessment</source>
        <translation>การประเมินทุน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="110"/>
        <source>attachment</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="111"/>
        <source>imported row</source>
        <translation>แถวที่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="112"/>
        <source>import</source>
        <translation>การนำเข้า</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="113"/>
        <source>village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="114"/>
        <source>office profile</source>
        <translation>ข้อมูลสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="115"/>
        <source>user</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="115"/>
        <source>database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="116"/>
        <source>reference data</source>
        <translation>ข้อมูลอ้างอิง</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="122"/>
        <source>added</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="122"/>
        <source>changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="123"/>
        <source>removed</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="123"/>
        <source>imported</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="124"/>
        <source>undone</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="124"/>
        <source>loaded</source>
        <translation>โหลด</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="125"/>
        <source>backed up</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="126"/>
        <source>restored</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="237"/>
        <source>Verification</source>
        <translation>การสอบทาน</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="238"/>
        <source>Help</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="238"/>
        <source>Stage</source>
        <translation>ขั้นการพัฒนา</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="239"/>
        <source>Help decision</source>
        <translation>การตัดสินเรื่องการช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="313"/>
        <source>(removed)</source>
        <translation>(ลบแล้ว)</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="334"/>
        <source>reopened</source>
        <translation>เปิดการช่วยเหลืออีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="347"/>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="347"/>
        <source>no</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="380"/>
        <source>import {id}</source>
        <translation>การนำเข้าครั้งที่ {id}</translation>
    </message>
    <message>
        <location filename="../../core/history_log.py" line="329"/>
        <source>(the whole record, kept for undo)</source>
        <translation>(ข้อมูลทั้งรายการ เก็บไว้สำหรับยกเลิก)</translation>
    </message>
</context>
<context>
    <name>households</name>
    <message>
        <location filename="../../core/case.py" line="848"/>
        <location filename="../../core/history_log.py" line="359"/>
        <location filename="../../core/households.py" line="472"/>
        <source>Moo {number} {name}</source>
        <translation>หมู่ {number} {name}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../core/importing/commit.py" line="432"/>
        <source>household</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="433"/>
        <source>member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="434"/>
        <source>visit</source>
        <translation>การสอบทาน</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="435"/>
        <source>intervention</source>
        <translation>การช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="436"/>
        <source>list entry</source>
        <translation>รายการในบัญชี</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="437"/>
        <source>problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="438"/>
        <source>capital assessment</source>
        <translation>การประเมินทุน</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="439"/>
        <source>status change</source>
        <translation>การเปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="440"/>
        <source>attachment</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="441"/>
        <source>village</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="451"/>
        <source>There is no import number {id}.</source>
        <translation>ไม่มีการนำเข้าครั้งที่ {id}</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="454"/>
        <source>Import number {id} has already been undone.</source>
        <translation>การนำเข้าครั้งที่ {id} ถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="463"/>
        <source>Import number {id} cannot be undone: {n} later changes depend on it, e.g. {examples}.</source>
        <translation>ยกเลิกการนำเข้าครั้งที่ {id} ไม่ได้ เพราะมีการแก้ไขภายหลังที่อาศัยข้อมูลชุดนี้ {n} รายการ เช่น {examples}</translation>
    </message>
    <message>
        <location filename="../../core/importing/commit.py" line="477"/>
        <source>import number {id} undone</source>
        <translation>ยกเลิกการนำเข้าครั้งที่ {id}</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="298"/>
        <source>There is no field called {field}.</source>
        <extracomment>How each field&apos;s headers are recognised, in normalised form. Exact synonyms per field (normalised), as the mapping UI may list them.</extracomment>
        <translation>ไม่มีช่องข้อมูลชื่อ {field}</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="302"/>
        <source>{field} is chosen for {count} columns; choose it for one column only.</source>
        <translation>เลือก {field} ไว้ {count} คอลัมน์ กรุณาเลือกเพียงคอลัมน์เดียว</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="310"/>
        <source>No column is chosen for the national ID or the name; choose at least one.</source>
        <translation>ยังไม่ได้เลือกคอลัมน์เลขประจำตัวประชาชนหรือชื่อ กรุณาเลือกอย่างน้อยหนึ่งอย่าง</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="313"/>
        <source>Without a national ID column, people need a name and an address: choose the column of the house number or the house code.</source>
        <translation>เมื่อไม่มีคอลัมน์เลขประจำตัวประชาชน ต้องมีชื่อและที่อยู่ กรุณาเลือกคอลัมน์บ้านเลขที่หรือรหัสประจำบ้าน</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="333"/>
        <source>No column is chosen for the national ID: people and households can only be matched by name and address.</source>
        <translation>ยังไม่ได้เลือกคอลัมน์เลขประจำตัวประชาชน จึงจับคู่บุคคลและครัวเรือนได้ด้วยชื่อและที่อยู่เท่านั้น</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="337"/>
        <source>A column is chosen for the last name but none for the first name.</source>
        <translation>เลือกคอลัมน์นามสกุลแล้ว แต่ยังไม่ได้เลือกคอลัมน์ชื่อ</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="340"/>
        <source>No column is chosen for the house number or the house code: every row becomes a household of its own.</source>
        <translation>ยังไม่ได้เลือกคอลัมน์บ้านเลขที่หรือรหัสประจำบ้าน ทุกแถวจะเป็นครัวเรือนแยกกัน</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="345"/>
        <source>A house number without a village number or village name may join houses of different villages.</source>
        <translation>บ้านเลขที่โดยไม่มีหมู่ที่หรือชื่อหมู่บ้าน อาจรวมบ้านต่างหมู่บ้านเข้าด้วยกัน</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="349"/>
        <source>Both a full name and a first name are chosen: the first and last name columns are used, the full name only where they are empty.</source>
        <translation>เลือกทั้งชื่อ-สกุลและชื่อ จะใช้คอลัมน์ชื่อและนามสกุลเป็นหลัก และใช้ชื่อ-สกุลเฉพาะแถวที่ว่าง</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="365"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="366"/>
        <source>Title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="367"/>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="368"/>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="369"/>
        <source>Full name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="370"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="371"/>
        <source>Birth date</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="372"/>
        <source>House number</source>
        <translation>บ้านเลขที่</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="373"/>
        <source>Village number</source>
        <translation>หมู่ที่</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="374"/>
        <source>Village name</source>
        <translation>ชื่อหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="375"/>
        <source>Subdistrict</source>
        <translation>ตำบล</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="376"/>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="377"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="378"/>
        <source>House code</source>
        <translation>รหัสประจำบ้าน</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="379"/>
        <source>Relation to the head</source>
        <translation>ความสัมพันธ์กับหัวหน้าครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="380"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="381"/>
        <source>Dimension: health</source>
        <translation>มิติสุขภาพ</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="382"/>
        <source>Dimension: living conditions</source>
        <translation>มิติความเป็นอยู่</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="383"/>
        <source>Dimension: education</source>
        <translation>มิติการศึกษา</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="384"/>
        <source>Dimension: income</source>
        <translation>มิติรายได้</translation>
    </message>
    <message>
        <location filename="../../core/importing/mapping.py" line="385"/>
        <source>Dimension: access to public services</source>
        <translation>มิติการเข้าถึงบริการรัฐ</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="133"/>
        <source>the ID was stored as a number in scientific notation and lost digits; format the column as text and export again</source>
        <extracomment>Invisible characters that creep in from web pages and Word: dropped outright.</extracomment>
        <translation>เลขประจำตัวประชาชนถูกเก็บเป็นตัวเลขแบบยกกำลังจนตัวเลขหาย กรุณาจัดรูปแบบคอลัมน์เป็นข้อความแล้วส่งออกใหม่</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="141"/>
        <source>the ID has {count} digits instead of 13</source>
        <translation>เลขประจำตัวประชาชนมี {count} หลัก แทนที่จะเป็น 13 หลัก</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="148"/>
        <source>the check digit of the ID is wrong (a typing mistake?)</source>
        <translation>เลขตรวจสอบของเลขประจำตัวประชาชนไม่ถูกต้อง (อาจพิมพ์ผิด)</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="165"/>
        <location filename="../../core/importing/normalize.py" line="167"/>
        <location filename="../../core/importing/normalize.py" line="172"/>
        <source>the cell does not hold a national ID</source>
        <translation>ช่องนี้ไม่ใช่เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="195"/>
        <source>the ID is masked; ask for the list with full IDs</source>
        <translation>เลขประจำตัวประชาชนถูกปิดบางหลัก กรุณาขอบัญชีที่มีเลขเต็ม</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="529"/>
        <source>could not read the date “{text}”</source>
        <extracomment>Title as written → (canonical form, sex or None). Data, not logic: add forms here. Military and police ranks (army, navy, air force, police), abbreviated and in full. Each is also known with the suffix หญิง (a woman holds it); officer ranks also with the prefix ว่าที่. Every recognised way of writing a title, longest first (so นางสาว wins over นาง). Relation words (lower case, no spaces or dots) → relation codes of code_lists.json. Words long enough to be trusted at the start of a longer phrase (``ภรรยาเจ้าบ้าน``).</extracomment>
        <translation>อ่านวันที่ “{text}” ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="562"/>
        <source>“{text}” is not a valid date</source>
        <translation>“{text}” ไม่ใช่วันที่ที่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="564"/>
        <source>the date {date} is in the future</source>
        <translation>วันที่ {date} เป็นวันในอนาคต</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="567"/>
        <source>the date {date} is before 1890</source>
        <translation>วันที่ {date} เก่ากว่าปี ค.ศ. 1890</translation>
    </message>
    <message>
        <location filename="../../core/importing/normalize.py" line="772"/>
        <source>Excel turned the house number into a date (12/3 became a date); format the column as text and export again</source>
        <extracomment>Area prefixes, longest first. Words need a remainder that can start a word (see :func:`split_title`); dotted abbreviations a remainder that is more than one or two abbreviations (the subdistrict จ.ป.ร. keeps its name).</extracomment>
        <translation>Excel แปลงบ้านเลขที่เป็นวันที่ (เช่น 12/3 กลายเป็นวันที่) กรุณาจัดรูปแบบคอลัมน์เป็นข้อความแล้วส่งออกใหม่</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="204"/>
        <source>Set up the office (its district) before importing lists.</source>
        <translation>กรุณาตั้งค่าหน่วยงาน (อำเภอ) ก่อนนำเข้าบัญชีรายชื่อ</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="258"/>
        <source>The address is outside {district} district; the whole household is left out.</source>
        <translation>ที่อยู่อยู่นอกอำเภอ{district} จึงไม่นำเข้าทั้งครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="261"/>
        <source>The row has no valid national ID and no name with an address.</source>
        <translation>แถวนี้ไม่มีเลขประจำตัวประชาชนที่ถูกต้อง และไม่มีชื่อพร้อมที่อยู่</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="263"/>
        <source>A new household needs its address: this row has no subdistrict (ตำบล). Add the subdistrict and village number in the file and import it again.</source>
        <translation>ครัวเรือนใหม่ต้องมีที่อยู่ แถวนี้ไม่มีตำบล โปรดเพิ่มตำบลและหมู่ที่ในไฟล์ แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="393"/>
        <source>Left out by the user.</source>
        <translation>ผู้ใช้เลือกไม่นำเข้า</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="398"/>
        <source>The national ID already appears in row {row} of this file.</source>
        <translation>เลขประจำตัวประชาชนนี้ซ้ำกับแถวที่ {row} ของไฟล์นี้</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="498"/>
        <source>The people of this household belong to {n} different households in the database; check by hand.</source>
        <translation>สมาชิกของครัวเรือนนี้อยู่ใน {n} ครัวเรือนที่ต่างกันในฐานข้อมูล กรุณาตรวจสอบด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../../core/importing/plan.py" line="600"/>
        <source>{name} has no national ID and a person with the same or a similar name lives at house {house} in the same village; check whether it is the same household.</source>
        <translation>{name} ไม่มีเลขประจำตัวประชาชน และมีผู้ที่ชื่อเหมือนหรือคล้ายกันอยู่บ้านเลขที่ {house} ในหมู่บ้านเดียวกัน กรุณาตรวจสอบว่าเป็นครัวเรือนเดียวกันหรือไม่</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="156"/>
        <source>The file {name} does not exist. Check the folder and choose the file again.</source>
        <translation>ไม่พบไฟล์ {name} กรุณาตรวจสอบโฟลเดอร์แล้วเลือกไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="159"/>
        <source>{name} is a folder, not a file. Choose a spreadsheet or CSV file.</source>
        <translation>{name} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ กรุณาเลือกไฟล์ตารางคำนวณหรือ CSV</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="162"/>
        <source>Cannot open {name}: permission denied. Close it in other programs or copy it to your own folder, then try again.</source>
        <translation>เปิด {name} ไม่ได้เพราะไม่มีสิทธิ์ กรุณาปิดไฟล์ในโปรแกรมอื่นหรือคัดลอกไปไว้ในโฟลเดอร์ของคุณ แล้วลองใหม่</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="165"/>
        <source>The file {name} is empty (0 bytes). Ask the sender for the file again.</source>
        <translation>ไฟล์ {name} ว่างเปล่า (0 ไบต์) กรุณาขอไฟล์จากผู้ส่งอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="168"/>
        <source>{name} is a PDF document, not a spreadsheet. Ask the sender for the Excel or CSV file.</source>
        <translation>{name} เป็นเอกสาร PDF ไม่ใช่ตารางคำนวณ กรุณาขอไฟล์ Excel หรือ CSV จากผู้ส่ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="171"/>
        <source>{name} is a Word document, not a spreadsheet. Ask the sender for the Excel or CSV file.</source>
        <translation>{name} เป็นเอกสาร Word ไม่ใช่ตารางคำนวณ กรุณาขอไฟล์ Excel หรือ CSV จากผู้ส่ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="174"/>
        <source>{name} is a web page saved with a spreadsheet name. Open it in Excel, save it as an Excel workbook (.xlsx) and import that file.</source>
        <translation>{name} เป็นหน้าเว็บที่บันทึกเป็นชื่อไฟล์ตารางคำนวณ กรุณาเปิดใน Excel บันทึกเป็นสมุดงาน Excel (.xlsx) แล้วนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="178"/>
        <source>{name} is not a spreadsheet or CSV file. Choose an .xlsx, .xls, .ods or .csv file.</source>
        <translation>{name} ไม่ใช่ไฟล์ตารางคำนวณหรือ CSV กรุณาเลือกไฟล์ .xlsx, .xls, .ods หรือ .csv</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="181"/>
        <source>{name} is damaged and cannot be read. Open it in Excel to repair it, or ask the sender for the file again.</source>
        <translation>{name} เสียหาย อ่านไม่ได้ กรุณาเปิดใน Excel เพื่อซ่อมแซม หรือขอไฟล์จากผู้ส่งอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="184"/>
        <source>{name} is protected with a password. Open it in Excel, remove the password, save it and import it again.</source>
        <translation>{name} ถูกป้องกันด้วยรหัสผ่าน กรุณาเปิดใน Excel เอารหัสผ่านออก บันทึก แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="187"/>
        <source>The text of {name} is in an encoding that cannot be read. Save it as CSV UTF-8 from Excel and import it again.</source>
        <translation>ข้อความใน {name} ใช้การเข้ารหัสที่อ่านไม่ได้ กรุณาบันทึกเป็น CSV UTF-8 จาก Excel แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="190"/>
        <source>{name} has no data: every sheet is empty. Check that you chose the right file.</source>
        <translation>{name} ไม่มีข้อมูล ทุกแผ่นงานว่างเปล่า กรุณาตรวจสอบว่าเลือกไฟล์ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="193"/>
        <source>{name} cannot be read. Save it again as an Excel workbook (.xlsx) and import that file.</source>
        <translation>อ่าน {name} ไม่ได้ กรุณาบันทึกใหม่เป็นสมุดงาน Excel (.xlsx) แล้วนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="200"/>
        <source>{name} has no sheet called {sheet}. Its sheets are: {sheets}.</source>
        <translation>{name} ไม่มีแผ่นงานชื่อ {sheet} แผ่นงานที่มีคือ {sheets}</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="206"/>
        <source>The sheet {sheet} in {name} is empty. Choose another sheet.</source>
        <translation>แผ่นงาน {sheet} ใน {name} ว่างเปล่า กรุณาเลือกแผ่นงานอื่น</translation>
    </message>
    <message>
        <location filename="../../core/importing/service.py" line="96"/>
        <source>The sheet {sheet} has a header but no data rows.</source>
        <translation>แผ่นงาน {sheet} มีหัวตารางแต่ไม่มีแถวข้อมูล</translation>
    </message>
    <message>
        <location filename="../../core/importing/service.py" line="102"/>
        <source>Unknown source {source}: use one of {sources}.</source>
        <translation>ไม่รู้จักแหล่งข้อมูล {source} กรุณาใช้ {sources}</translation>
    </message>
    <message>
        <location filename="../../core/importing/service.py" line="110"/>
        <source>There is no saved mapping called {name}.</source>
        <translation>ไม่มีการจับคู่คอลัมน์ที่บันทึกไว้ชื่อ {name}</translation>
    </message>
    <message>
        <location filename="../../core/importing/summary.py" line="182"/>
        <source>Moo {number}</source>
        <translation>หมู่ {number}</translation>
    </message>
    <message>
        <location filename="../../core/importing/summary.py" line="184"/>
        <source>T. {name}</source>
        <translation>ต.{name}</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <location filename="../../core/merge.py" line="61"/>
        <source>Choose two different households to merge.</source>
        <translation>กรุณาเลือกสองครัวเรือนที่ต่างกันเพื่อรวม</translation>
    </message>
    <message>
        <location filename="../../core/merge.py" line="63"/>
        <source>Say why the two households are the same family.</source>
        <translation>กรุณาระบุเหตุที่สองครัวเรือนนี้เป็นครอบครัวเดียวกัน</translation>
    </message>
    <message>
        <location filename="../../core/merge.py" line="69"/>
        <source>Household {id} does not exist.</source>
        <translation>ไม่มีครัวเรือนเลขที่ {id}</translation>
    </message>
    <message>
        <location filename="../../core/merge.py" line="71"/>
        <source>Household {id} was already merged into household {into}.</source>
        <translation>ครัวเรือนเลขที่ {id} ถูกรวมเข้ากับครัวเรือนเลขที่ {into} แล้ว</translation>
    </message>
    <message>
        <location filename="../../core/merge.py" line="76"/>
        <source>household {dup} merged into {survivor}</source>
        <translation>รวมครัวเรือนเลขที่ {dup} เข้ากับ {survivor}</translation>
    </message>
    <message>
        <location filename="../../core/merge.py" line="150"/>
        <source>(same person as member {id}; came with a merged duplicate)</source>
        <translation>(บุคคลเดียวกับสมาชิกเลขที่ {id} มาจากครัวเรือนซ้ำที่รวมเข้ามา)</translation>
    </message>
    <message>
        <location filename="../../core/merge.py" line="334"/>
        <source>Unknown decision.</source>
        <translation>ไม่รู้จักผลการพิจารณานี้</translation>
    </message>
    <message>
        <location filename="../../core/merge.py" line="336"/>
        <source>Choose the household these people belong to.</source>
        <translation>กรุณาเลือกครัวเรือนที่รายชื่อเหล่านี้เป็นสมาชิก</translation>
    </message>
    <message>
        <location filename="../../core/merge.py" line="346"/>
        <source>That import was undone; nothing to decide.</source>
        <translation>การนำเข้านั้นถูกยกเลิกแล้ว ไม่มีอะไรต้องพิจารณา</translation>
    </message>
    <message>
        <location filename="../../core/merge.py" line="349"/>
        <source>Someone else decided this item already.</source>
        <translation>มีผู้อื่นพิจารณารายการนี้ไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/merge.py" line="355"/>
        <source>review of import {batch} decided</source>
        <translation>พิจารณารายชื่อจากการนำเข้าครั้งที่ {batch}</translation>
    </message>
    <message>
        <location filename="../../core/merge.py" line="413"/>
        <source>no ID in the imported list</source>
        <translation>ไม่มีเลขในบัญชีที่นำเข้า</translation>
    </message>
</context>
<context>
    <name>partners</name>
    <message>
        <location filename="../../core/interventions.py" line="888"/>
        <location filename="../../core/partners.py" line="105"/>
        <location filename="../../core/partners.py" line="162"/>
        <location filename="../../core/partners.py" line="308"/>
        <source>The agency no longer exists.</source>
        <translation>ไม่พบหน่วยงานนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="129"/>
        <source>Give the agency&apos;s name.</source>
        <translation>กรุณาระบุชื่อหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="131"/>
        <source>Choose the kind of agency.</source>
        <translation>กรุณาเลือกประเภทหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="133"/>
        <source>Choose the agency&apos;s level.</source>
        <translation>กรุณาเลือกระดับของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="136"/>
        <source>The e-mail address {email} is not valid.</source>
        <translation>อีเมล {email} ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="142"/>
        <source>An agency named {name} is already registered.</source>
        <translation>มีหน่วยงานชื่อ {name} อยู่ในทะเบียนแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="147"/>
        <source>The code {code} is already used by another agency.</source>
        <translation>รหัส {code} ถูกใช้กับหน่วยงานอื่นแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="280"/>
        <location filename="../../core/partners.py" line="327"/>
        <location filename="../../core/partners.py" line="430"/>
        <source>The kind of help no longer exists.</source>
        <translation>ไม่พบประเภทความช่วยเหลือนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="294"/>
        <source>Give the name of the kind of help.</source>
        <translation>กรุณาระบุชื่อประเภทความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="296"/>
        <source>The unit cost cannot be negative.</source>
        <translation>ค่าใช้จ่ายต่อหน่วยต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="298"/>
        <source>The typical duration is a number of days between 1 and 3,650.</source>
        <translation>ระยะเวลาโดยทั่วไปต้องเป็นจำนวนวันตั้งแต่ 1 ถึง 3,650 วัน</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="305"/>
        <source>Tick at least one dimension or capital that this help addresses.</source>
        <translation>กรุณาเลือกมิติหรือทุนที่ความช่วยเหลือนี้แก้ไขอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="313"/>
        <source>A kind of help named {name} already exists.</source>
        <translation>มีประเภทความช่วยเหลือชื่อ {name} อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="368"/>
        <source>{name} was given {count} time(s) and stays in their history: make it inactive instead of deleting it.</source>
        <translation>{name} ถูกมอบหมายไปแล้ว {count} ครั้งและต้องคงอยู่ในประวัติ กรุณาปิดการใช้งานแทนการลบ</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="406"/>
        <source>Indicator {number}: {label}</source>
        <translation>ตัวชี้วัดที่ {number}: {label}</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="411"/>
        <source>Dimension: {label}</source>
        <translation>มิติ{label}</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="415"/>
        <source>Weak capital: {label}</source>
        <translation>ทุนที่อ่อน: {label}</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="428"/>
        <source>The weight is a whole number from 1 to 10.</source>
        <translation>น้ำหนักต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 10</translation>
    </message>
    <message>
        <location filename="../../core/partners.py" line="455"/>
        <source>The rule no longer exists.</source>
        <translation>ไม่พบกฎนี้แล้ว</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../ui/prompts.py" line="19"/>
        <location filename="../../ui/prompts.py" line="24"/>
        <location filename="../../ui/prompts.py" line="29"/>
        <location filename="../../ui/prompts.py" line="42"/>
        <location filename="../../ui/prompts.py" line="58"/>
        <location filename="../../ui/prompts.py" line="104"/>
        <location filename="../../ui/prompts.py" line="112"/>
        <source>KaeJon Desk</source>
        <translation>แก้จนเดสก์</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="43"/>
        <source>This household has changes that are not saved yet.</source>
        <translation>ครัวเรือนนี้มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="45"/>
        <source>Save them before closing?</source>
        <translation>ต้องการบันทึกก่อนปิดหรือไม่</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="47"/>
        <source>Discard changes</source>
        <translation>ทิ้งการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="60"/>
        <source>Put my changes on top of theirs</source>
        <translation>ใส่การแก้ไขของฉันทับข้อมูลล่าสุด</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="62"/>
        <source>Discard my changes</source>
        <translation>ทิ้งการแก้ไขของฉัน</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="130"/>
        <source>Print {title}</source>
        <translation>พิมพ์ {title}</translation>
    </message>
</context>
<context>
    <name>returns</name>
    <message>
        <location filename="../../core/returns/consolidate.py" line="56"/>
        <source>it is not a standard return made by KaeJon Desk (its information sheet is missing)</source>
        <translation>ไม่ใช่แบบรายงานมาตรฐานที่จัดทำด้วย KaeJon Desk (ไม่มีแผ่นข้อมูลกำกับไฟล์)</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="64"/>
        <source>it is not a standard return of a version this program reads</source>
        <translation>เป็นแบบรายงานรุ่นที่โปรแกรมนี้อ่านไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="78"/>
        <source>it is incomplete: the sheet {sheet} is missing</source>
        <translation>ข้อมูลไม่ครบ: ไม่มีแผ่นงาน {sheet}</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="90"/>
        <source>it is incomplete: row {row} of the sheet {sheet} has no name</source>
        <translation>ข้อมูลไม่ครบ: แถวที่ {row} ของแผ่นงาน {sheet} ไม่มีชื่อ</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="96"/>
        <source>it is incomplete: the sheet {sheet}, row {row} has no number under {column}</source>
        <translation>ข้อมูลไม่ครบ: แผ่นงาน {sheet} แถวที่ {row} ไม่มีตัวเลขในคอลัมน์ {column}</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="103"/>
        <source>it is incomplete: the sheet {sheet} has fewer rows than the return says</source>
        <translation>ข้อมูลไม่ครบ: แผ่นงาน {sheet} มีแถวน้อยกว่าที่แบบรายงานระบุ</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="145"/>
        <source>it cannot be read as an Excel workbook (.xlsx)</source>
        <translation>อ่านเป็นสมุดงาน Excel (.xlsx) ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="150"/>
        <source>it is a province return, not a district&apos;s</source>
        <translation>เป็นแบบรายงานระดับจังหวัด ไม่ใช่แบบรายงานของอำเภอ</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="154"/>
        <source>its period is missing or unreadable</source>
        <translation>ไม่มีงวดรายงานหรืออ่านงวดรายงานไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="157"/>
        <source>it is incomplete: its district is not recorded</source>
        <translation>ข้อมูลไม่ครบ: ไม่ได้ระบุอำเภอ</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="163"/>
        <source>it is incomplete: the table {table} is missing</source>
        <translation>ข้อมูลไม่ครบ: ไม่มีตาราง {table}</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="180"/>
        <source>The returns cannot be combined:</source>
        <translation>รวมแบบรายงานไม่ได้:</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="188"/>
        <source>Choose the districts&apos; return files to combine.</source>
        <translation>เลือกไฟล์แบบรายงานของอำเภอที่จะนำมารวม</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="208"/>
        <source>{name}: it is the return for {period}, not for {wanted}</source>
        <translation>{name}: เป็นแบบรายงานประจำเดือน{period} ไม่ใช่เดือน{wanted}</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="212"/>
        <source>{name}: it is from {province} province, not from the same province as the other files</source>
        <translation>{name}: เป็นของจังหวัด{province} ไม่ใช่จังหวัดเดียวกับไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="217"/>
        <source>{name}: the same file is chosen twice</source>
        <translation>{name}: เลือกไฟล์เดียวกันมาสองครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="220"/>
        <source>{name}: district {district} ({code}) is already in {other}; give each district once</source>
        <translation>{name}: อำเภอ{district} ({code}) มีอยู่แล้วในไฟล์ {other} ให้ใส่อำเภอละหนึ่งไฟล์</translation>
    </message>
    <message>
        <location filename="../../core/returns/consolidate.py" line="231"/>
        <source>{name}: its table {table} has other columns than the other files</source>
        <translation>{name}: ตาราง {table} มีคอลัมน์ไม่ตรงกับไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../core/returns/figures.py" line="88"/>
        <source>This database has no office yet: set up the office before making a return.</source>
        <translation>ฐานข้อมูลนี้ยังไม่ได้ตั้งค่าหน่วยงาน ตั้งค่าหน่วยงานก่อนจัดทำแบบรายงาน</translation>
    </message>
    <message>
        <location filename="../../core/returns/model.py" line="97"/>
        <source>The period {text} is not a month: give it as YYYY-MM with the year in the Buddhist Era, e.g. 2569-09.</source>
        <translation>งวด {text} ไม่ใช่เดือนที่ถูกต้อง ให้ระบุเป็น ปปปป-ดด โดยใช้ปีพุทธศักราช เช่น 2569-09</translation>
    </message>
    <message>
        <location filename="../../core/returns/model.py" line="102"/>
        <source>Give the period&apos;s year in the Buddhist Era (for example 2569-09, not {text}).</source>
        <translation>ระบุปีของงวดเป็นปีพุทธศักราช (เช่น 2569-09 ไม่ใช่ {text})</translation>
    </message>
    <message>
        <location filename="../../core/returns/snapshots.py" line="51"/>
        <source>The return file is empty; make the return again.</source>
        <translation>ไฟล์แบบรายงานว่างเปล่า กรุณาจัดทำแบบรายงานใหม่</translation>
    </message>
    <message>
        <location filename="../../core/returns/snapshots.py" line="75"/>
        <source>There is no submitted return number {id}.</source>
        <translation>ไม่มีแบบรายงานที่ส่งแล้วลำดับที่ {id}</translation>
    </message>
    <message>
        <location filename="../../core/returns/snapshots.py" line="85"/>
        <source>The stored copy of return number {id} is damaged (its checksum does not match).</source>
        <translation>สำเนาแบบรายงานลำดับที่ {id} ที่เก็บไว้เสียหาย (ค่าตรวจสอบไม่ตรงกัน)</translation>
    </message>
    <message>
        <location filename="../../core/returns/templates.py" line="79"/>
        <source>{name} cannot be read as an Excel workbook (.xlsx). Open it in Excel or LibreOffice and save it as .xlsx, then choose it again.</source>
        <translation>อ่านไฟล์ {name} เป็นสมุดงาน Excel (.xlsx) ไม่ได้ เปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกเป็น .xlsx จากนั้นเลือกไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/returns/templates.py" line="262"/>
        <source>The template has no sheet {sheet} (mapped at {where}).</source>
        <translation>แบบฟอร์มไม่มีแผ่นงาน {sheet} (จับคู่ไว้ที่ {where})</translation>
    </message>
    <message>
        <location filename="../../core/returns/templates.py" line="268"/>
        <source>{cell} is not a cell address (like D7).</source>
        <translation>{cell} ไม่ใช่ตำแหน่งเซลล์ (เช่น D7)</translation>
    </message>
    <message>
        <location filename="../../core/returns/templates.py" line="272"/>
        <source>The figure mapped at {where} does not exist in this return (a subdistrict or agency that is no longer there?).</source>
        <translation>ตัวเลขที่จับคู่ไว้ที่ {where} ไม่มีในแบบรายงานนี้ (อาจเป็นตำบลหรือหน่วยงานที่ไม่มีแล้ว)</translation>
    </message>
    <message>
        <location filename="../../core/returns/templates.py" line="278"/>
        <source>The table mapped at {where} has columns this return does not have.</source>
        <translation>ตารางที่จับคู่ไว้ที่ {where} มีคอลัมน์ที่แบบรายงานนี้ไม่มี</translation>
    </message>
    <message>
        <location filename="../../core/returns/templates.py" line="298"/>
        <source>{what} would overwrite the formula in {sheet}!{cell} of the template. Map it to another cell, or make room in the template.</source>
        <translation>{what} จะเขียนทับสูตรในเซลล์ {sheet}!{cell} ของแบบฟอร์ม ให้จับคู่กับเซลล์อื่น หรือเพิ่มแถวว่างในแบบฟอร์ม</translation>
    </message>
    <message>
        <location filename="../../core/returns/templates.py" line="346"/>
        <source>There is no saved template mapping called {name}. Saved mappings: {names}.</source>
        <translation>ไม่มีการจับคู่แบบฟอร์มชื่อ {name} การจับคู่ที่บันทึกไว้: {names}</translation>
    </message>
    <message>
        <location filename="../../core/returns/templates.py" line="359"/>
        <source>Give the mapping a name.</source>
        <translation>ตั้งชื่อการจับคู่</translation>
    </message>
    <message>
        <location filename="../../core/returns/templates.py" line="361"/>
        <source>Map at least one figure to a cell before saving.</source>
        <translation>จับคู่ตัวเลขกับเซลล์อย่างน้อยหนึ่งรายการก่อนบันทึก</translation>
    </message>
    <message>
        <location filename="../../ui/returns_cli.py" line="64"/>
        <source>--mapping needs --template: the mapping says where figures go in a template.</source>
        <translation>--mapping ต้องใช้คู่กับ --template เพราะการจับคู่ระบุตำแหน่งของตัวเลขในแบบฟอร์ม</translation>
    </message>
    <message>
        <location filename="../../ui/returns_cli.py" line="96"/>
        <source>Return for {period} written to {path}: {households} households, {verified} verified.</source>
        <translation>บันทึกแบบรายงานประจำเดือน {period} ที่ {path} แล้ว: {households} ครัวเรือน สอบทานแล้ว {verified} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/returns_cli.py" line="105"/>
        <source>Since the return submitted for {period}: {changes}.</source>
        <translation>เปลี่ยนแปลงจากแบบรายงานที่ส่งประจำเดือน {period}: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/returns_cli.py" line="107"/>
        <source>no change</source>
        <translation>ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../ui/returns_cli.py" line="110"/>
        <source>Marked as submitted (number {id}).</source>
        <translation>บันทึกว่าส่งแล้ว (ลำดับที่ {id})</translation>
    </message>
    <message>
        <location filename="../../ui/returns_cli.py" line="130"/>
        <source>Province return for {period} written to {path}: {districts} districts, {households} households.</source>
        <translation>บันทึกแบบรายงานจังหวัดประจำเดือน {period} ที่ {path} แล้ว: {districts} อำเภอ {households} ครัวเรือน</translation>
    </message>
    <message>
        <location filename="../../ui/returns_jobs.py" line="101"/>
        <source>No mapping is saved for the template {name}. Map its cells once in the Returns tab (รายงาน), or give --mapping NAME.</source>
        <translation>ยังไม่มีการจับคู่สำหรับแบบฟอร์ม {name} จับคู่เซลล์หนึ่งครั้งในแท็บแบบรายงานจังหวัด (หน้ารายงาน) หรือระบุ --mapping ชื่อการจับคู่</translation>
    </message>
    <message>
        <location filename="../../ui/returns_jobs.py" line="105"/>
        <source>The template {name} differs from the one the mapping {mapping} was made on; check the filled cells.</source>
        <translation>แบบฟอร์ม {name} ต่างจากแบบฟอร์มที่ใช้จับคู่ {mapping} กรุณาตรวจสอบเซลล์ที่กรอก</translation>
    </message>
    <message>
        <location filename="../../ui/returns_jobs.py" line="111"/>
        <source>The template holds pictures or charts; the filled copy does not keep them.</source>
        <translation>แบบฟอร์มมีรูปภาพหรือแผนภูมิ ไฟล์ที่กรอกแล้วจะไม่มีรูปภาพหรือแผนภูมิเหล่านั้น</translation>
    </message>
</context>
<context>
    <name>suggestions</name>
    <message>
        <location filename="../../core/suggestions.py" line="121"/>
        <source>indicator {number} failed</source>
        <translation>ไม่ผ่านตัวชี้วัดที่ {number}</translation>
    </message>
    <message>
        <location filename="../../core/suggestions.py" line="126"/>
        <source>{dimension} dimension failed</source>
        <translation>ไม่ผ่านมิติ{dimension}</translation>
    </message>
    <message>
        <location filename="../../core/suggestions.py" line="132"/>
        <source>weak {capital} ({score}/4)</source>
        <translation>{capital}อ่อน ({score}/4)</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../core/undo.py" line="66"/>
        <source>There is no change to undo for this household.</source>
        <extracomment>Change kinds that &quot;undo the last change&quot; can reverse.</extracomment>
        <translation>ครัวเรือนนี้ไม่มีการแก้ไขให้ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../core/undo.py" line="68"/>
        <source>Someone else changed this household since you looked; open it again and check what you want to undo.</source>
        <translation>มีผู้อื่นแก้ไขครัวเรือนนี้หลังจากที่คุณเปิดดู กรุณาเปิดใหม่และตรวจสอบสิ่งที่ต้องการยกเลิก</translation>
    </message>
    <message>
        <location filename="../../core/undo.py" line="74"/>
        <source>undo: {what} ({who}, {when})</source>
        <translation>ยกเลิก: {what} ({who}, {when})</translation>
    </message>
    <message>
        <location filename="../../core/undo.py" line="101"/>
        <location filename="../../core/undo.py" line="126"/>
        <source>This change cannot be undone.</source>
        <translation>การแก้ไขนี้ยกเลิกไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/undo.py" line="106"/>
        <source>This change cannot be undone: the household was changed again since (e.g. by an import or another user). Edit the values by hand instead.</source>
        <translation>ยกเลิกการแก้ไขนี้ไม่ได้ เพราะครัวเรือนมีการแก้ไขอีกหลังจากนั้น (เช่น จากการนำเข้าหรือผู้ใช้อื่น) กรุณาแก้ไขค่าด้วยตนเองแทน</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <location filename="../../core/users.py" line="69"/>
        <source>A password needs at least {n} characters.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย {n} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../core/users.py" line="108"/>
        <source>There is no user {name}.</source>
        <translation>ไม่มีผู้ใช้ชื่อ {name}</translation>
    </message>
    <message>
        <location filename="../../core/users.py" line="117"/>
        <source>There is no subdistrict {code} (a subdistrict code has 6 digits).</source>
        <translation>ไม่มีตำบลรหัส {code} (รหัสตำบลมี 6 หลัก)</translation>
    </message>
    <message>
        <location filename="../../core/users.py" line="124"/>
        <source>The role must be admin, officer or viewer.</source>
        <translation>สิทธิ์ต้องเป็น admin (ผู้ดูแลระบบ), officer (เจ้าหน้าที่) หรือ viewer (ผู้ดู)</translation>
    </message>
    <message>
        <location filename="../../core/users.py" line="143"/>
        <source>The first user must be an administrator (admin).</source>
        <translation>ผู้ใช้คนแรกต้องเป็นผู้ดูแลระบบ (admin)</translation>
    </message>
    <message>
        <location filename="../../core/users.py" line="149"/>
        <source>A user name is one word of at most 60 characters.</source>
        <translation>ชื่อผู้ใช้ต้องเป็นคำเดียว ยาวไม่เกิน 60 ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../core/users.py" line="154"/>
        <source>The user name {name} is taken.</source>
        <translation>มีผู้ใช้ชื่อ {name} อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../core/users.py" line="202"/>
        <source>{name} is the last administrator: add another administrator first.</source>
        <translation>{name} เป็นผู้ดูแลระบบคนสุดท้าย กรุณาเพิ่มผู้ดูแลระบบคนอื่นก่อน</translation>
    </message>
    <message>
        <location filename="../../core/users.py" line="238"/>
        <source>The current password is wrong.</source>
        <translation>รหัสผ่านปัจจุบันไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../core/users.py" line="266"/>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง หรือบัญชีถูกระงับการใช้งาน</translation>
    </message>
    <message>
        <location filename="../../core/users.py" line="285"/>
        <source>Wrong user name or password.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../core/users.py" line="287"/>
        <source>This encrypted database does not know anyone&apos;s password yet.</source>
        <translation>ฐานข้อมูลที่เข้ารหัสนี้ยังไม่รู้จักรหัสผ่านของผู้ใช้คนใด</translation>
    </message>
    <message>
        <location filename="../../core/users.py" line="289"/>
        <source>If you have not yet opened it with your own password, give the database passphrase once as well; after that your password opens it.</source>
        <translation>หากท่านยังไม่เคยเปิดด้วยรหัสผ่านของตนเอง โปรดป้อนรหัสผ่านฐานข้อมูลด้วยหนึ่งครั้ง หลังจากนั้นรหัสผ่านของท่านเปิดได้เอง</translation>
    </message>
    <message>
        <location filename="../../core/users.py" line="311"/>
        <source>The password is wrong (or the account was disabled meanwhile).</source>
        <translation>รหัสผ่านไม่ถูกต้อง (หรือบัญชีถูกระงับการใช้งานระหว่างนี้)</translation>
    </message>
    <message>
        <location filename="../../core/users.py" line="349"/>
        <source>The lock time is 0 (never) to 240 minutes.</source>
        <translation>เวลาล็อกต้องอยู่ระหว่าง 0 (ไม่ล็อก) ถึง 240 นาที</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <location filename="../../core/verification.py" line="66"/>
        <source>Unknown verification status {status}.</source>
        <extracomment>What a verification can conclude (ThaiQM&apos;s outcome words). A visit&apos;s result: an outcome, or &quot;not settled, visit again&quot; (the status stays as it is).</extracomment>
        <translation>ไม่รู้จักสถานะการสอบทาน {status}</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="69"/>
        <source>A household becomes a duplicate only by merging it into another household (ครัวเรือน → รวมครัวเรือนซ้ำ).</source>
        <translation>ครัวเรือนจะเป็น ซ้ำ ได้เฉพาะเมื่อรวมเข้ากับครัวเรือนอื่นเท่านั้น (ครัวเรือน → รวมครัวเรือนซ้ำ)</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="74"/>
        <source>This household was merged into another one as a duplicate; its status cannot change. Work on the household it was merged into.</source>
        <translation>ครัวเรือนนี้ถูกรวมเข้ากับครัวเรือนอื่นในฐานะครัวเรือนซ้ำ เปลี่ยนสถานะไม่ได้ กรุณาทำงานกับครัวเรือนที่รวมเข้าไป</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="77"/>
        <source>The verification status cannot go from “{old}” to “{new}”.</source>
        <translation>เปลี่ยนสถานะการสอบทานจาก “{old}” เป็น “{new}” ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="81"/>
        <source>Reopening a verified household (“{old}” → “{new}”) needs a reason: write why the earlier result no longer holds.</source>
        <translation>การเปลี่ยนผลของครัวเรือนที่สอบทานแล้ว (“{old}” → “{new}”) ต้องระบุเหตุผล กรุณาเขียนว่าทำไมผลเดิมจึงไม่ถูกต้องแล้ว</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="108"/>
        <source>Household {id} does not exist.</source>
        <translation>ไม่มีครัวเรือนเลขที่ {id}</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="112"/>
        <source>Someone else changed household {id} a moment ago. Open it again to see their change, then repeat yours.</source>
        <translation>มีผู้อื่นเพิ่งแก้ไขครัวเรือนเลขที่ {id} กรุณาเปิดใหม่เพื่อดูการแก้ไขนั้น แล้วทำรายการของคุณอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="124"/>
        <source>verification status changed</source>
        <translation>เปลี่ยนสถานะการสอบทาน</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="127"/>
        <source>The household already has this status.</source>
        <translation>ครัวเรือนมีสถานะนี้อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="148"/>
        <source>Choose the result of the visit.</source>
        <translation>โปรดเลือกผลการสอบทาน</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="150"/>
        <source>The visit date is in the future.</source>
        <translation>วันที่สอบทานเป็นวันในอนาคต</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="152"/>
        <source>The visit date is too long ago; check the year (Buddhist Era).</source>
        <translation>วันที่สอบทานเก่าเกินไป กรุณาตรวจปี (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="155"/>
        <source>The team&apos;s agency does not exist.</source>
        <translation>ไม่มีหน่วยงานของทีมนี้</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="172"/>
        <source>field verification on {date}</source>
        <translation>การสอบทานภาคสนามวันที่ {date}</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="189"/>
        <source>visit recorded</source>
        <translation>บันทึกการสอบทาน</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="226"/>
        <source>visit keyed for the village</source>
        <translation>บันทึกผลสอบทานรายหมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../../core/verification.py" line="231"/>
        <source>{head} (house {house}): {problem}</source>
        <translation>{head} (บ้านเลขที่ {house}): {problem}</translation>
    </message>
</context>
</TS>
