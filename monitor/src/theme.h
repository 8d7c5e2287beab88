#pragma once

#include <QObject>
#include <QPalette>

namespace Cloacina::Monitor {

//! The monitor's colour scheme: the system's (default), or a forced light or dark one. Qt 6.4
//! has no colour-scheme hint, so "system" reads the platform palette: a dark window colour means
//! a dark desktop. Dark uses the Fusion style with a dark palette, so that every widget follows.
class Theme : public QObject {
    Q_OBJECT
public:
    enum class Mode { System,
        Light,
        Dark };
    Q_ENUM(Mode)

    //! Remembers the platform's palette and style (call once the QApplication exists).
    explicit Theme(QObject* parent = nullptr);

    Mode mode() const { return m_mode; }
    //! Applies \a mode to the whole application; stores it in QSettings ("theme") unless
    //! \a remember is false (a command-line choice for this start only).
    void setMode(Mode mode, bool remember = true);
    //! The mode stored in QSettings (System when none).
    static Mode storedMode();
    //! True when the palette now in use is dark.
    static bool isDark();
    //! The dark palette used by Mode::Dark.
    static QPalette darkPalette();

signals:
    void modeChanged(Mode mode);

private:
    Mode m_mode = Mode::System;
    QPalette m_systemPalette;
    QString m_systemStyle;
};

} // namespace Cloacina::Monitor
