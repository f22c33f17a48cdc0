<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Dialogs</name>
    <message>
        <source>windowdesk</source>
        <translation>windowdesk 窗口工作台</translation>
    </message>
    <message>
        <source>windowdesk — unexpected error</source>
        <translation>windowdesk — 意外错误</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your committed work is safe. Details were written to:
%2</source>
        <translation>程序出现错误：%1

已保存的数据不受影响。详细信息已写入：
%2</translation>
    </message>
</context>
<context>
    <name>Faces</name>
    <message>
        <source>This part of windowdesk is not available yet.</source>
        <extracomment>Opened as its own top-level window (kiosk, hall display, rating pad) rather than in the main window.</extracomment>
        <translation>此功能尚未开放。</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口受理</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督查管理</translation>
    </message>
    <message>
        <source>Ticket kiosk</source>
        <translation>取号机</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>叫号屏</translation>
    </message>
    <message>
        <source>Rating pad</source>
        <translation>评价器</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Opening the store…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>windowdesk — Sign in</source>
        <translation>windowdesk — 登录</translation>
    </message>
    <message>
        <source>Government service counter desk</source>
        <translation>政务服务窗口工作台</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Window number:</source>
        <translation>窗口号(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>windowdesk — %1</source>
        <translation>windowdesk — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings of this PC…</source>
        <translation>本机设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Windows</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About windowdesk</source>
        <translation>关于 windowdesk(&amp;A)</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>同步：未配置</translation>
    </message>
    <message>
        <source>About windowdesk</source>
        <translation>关于 windowdesk</translation>
    </message>
    <message>
        <source>windowdesk %1
The counter desk of government service halls.</source>
        <translation>windowdesk %1
政务服务大厅窗口工作台。</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>窗口工作人员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>督查人员</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>80 mm receipt paper</source>
        <translation>80 毫米热敏纸</translation>
    </message>
    <message>
        <source>58 mm receipt paper</source>
        <translation>58 毫米热敏纸</translation>
    </message>
    <message>
        <source>Settings of this PC</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <source>&amp;Window number of this PC:</source>
        <translation>本机窗口号(&amp;W)：</translation>
    </message>
    <message>
        <source>Ticket &amp;paper:</source>
        <translation>取号单纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect after signing in again.</source>
        <translation>更改语言后，重新登录时生效。</translation>
    </message>
</context>
</TS>